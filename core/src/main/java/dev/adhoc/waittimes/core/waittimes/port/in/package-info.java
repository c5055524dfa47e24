/** In-ports: the use cases the wait-times extension offers to driving adapters (Lambda handlers, the event player, tests). */
package dev.adhoc.waittimes.core.waittimes.port.in;
