/**
 * The events catalog: one JSON Schema (draft 2020-12) per event the extension consumes, knows or emits, shipped as
 * resources under {@code schemas/} (see {@code docs/adr/0007-events-catalog.md}). {@link
 * dev.adhoc.waittimes.aws.catalog.EventCatalog} picks an event's schema by its {@code source} and {@code detail-type}
 * and validates it; {@link dev.adhoc.waittimes.aws.catalog.EventsDocGenerator} writes {@code docs/events.md} from
 * the schemas alone.
 */
package dev.adhoc.waittimes.aws.catalog;
