package dev.adhoc.waittimes.player.io;

import java.io.IOException;

/**
 * A source that reads its input a chunk of 64 KiB at a time and splits it into events itself: it counts as read
 * only the bytes it consumed, not the rest of the chunk.
 */
abstract class ChunkedSource implements EventSource {
    private final CountingInputStream in;
    /** The bytes read ahead; {@link #chunkPos} to {@link #chunkSize} are not consumed yet. */
    final byte[] chunk = new byte[64 * 1024];
    int chunkSize;
    int chunkPos;

    ChunkedSource(CountingInputStream in) {
        this.in = in;
    }

    /** Reads the next chunk, all of the last one being consumed. @return false at the end of the input */
    final boolean fill() throws IOException {
        chunkSize = Math.max(0, in.read(chunk, 0, chunk.length));
        chunkPos = 0;
        return chunkSize > 0;
    }

    @Override
    public final long bytesRead() {
        return in.count() - (chunkSize - chunkPos);
    }

    @Override
    public final void close() throws IOException {
        in.close();
    }
}
