package dev.adhoc.waittimes.player.wiring;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Remembers the first write error of the stream under it (a closed pipe, a full disk), which a {@link
 * java.io.PrintStream} on top would swallow: the run checks it after every event and stops instead of reporting
 * output it never delivered. Checking is a volatile read; it never flushes.
 */
public final class WatchedOutput extends FilterOutputStream {
    private volatile IOException failure;

    /** @param out the stream to watch */
    public WatchedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** @return the first write error, if any */
    public Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }
}
