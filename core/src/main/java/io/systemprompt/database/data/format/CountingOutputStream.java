package io.systemprompt.database.data.format;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts the bytes that pass; {@link #close} can be told to leave the underlying stream open. */
public final class CountingOutputStream extends FilterOutputStream {
    private final boolean closeUnderlying;
    private long count;

    public CountingOutputStream(OutputStream out, boolean closeUnderlying) {
        super(out);
        this.closeUnderlying = closeUnderlying;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        count += len;
    }

    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        flush();
        if (closeUnderlying) {
            out.close();
        }
    }
}
