/** Out-ports: where the wait-times use cases send their updates and rejections. */
package dev.adhoc.waittimes.core.waittimes.port.out;
