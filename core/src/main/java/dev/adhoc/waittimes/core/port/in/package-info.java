/** In-ports: the use cases the extension offers to driving adapters (Lambda handlers, the event player, tests). */
package dev.adhoc.waittimes.core.port.in;
