/** Out-ports: what the use cases need from the outside world, one interface per capability. */
package dev.adhoc.waittimes.core.port.out;
