package io.systemprompt.database.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Fails a line that grows beyond a limit, with its line number, instead of letting one endless line
 * (a damaged or hostile file: 512 MB without a line break in a small compressed archive) fill the
 * memory. A row of data is one line in JSON Lines, and rarely near the limit in CSV or SQL.
 */
final class LineLimitReader extends FilterReader {
    /** Characters one line may hold: 32 Mi, about 64 MB of memory while it is read. */
    static final int MAX_LINE = 32 * 1024 * 1024;

    private final String file;
    private final int max;
    private long line = 1;
    private int length;

    LineLimitReader(Reader in, String file, int max) {
        super(in);
        this.file = file;
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int c = decoded(() -> super.read());
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = decoded(() -> super.read(buf, off, len));
        for (int i = 0; i < n; i++) {
            count(buf[off + i]);
        }
        return n;
    }

    /** A read whose bytes are not UTF-8 fails with the line, not with the decoder's "Input length = 1". */
    private int decoded(Read read) throws IOException {
        try {
            return read.run();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": line " + line + " is not valid UTF-8; save the file as UTF-8", e);
        }
    }

    @FunctionalInterface
    private interface Read {
        int run() throws IOException;
    }

    private void count(char c) throws IOException {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > max) {
            throw new IOException(file + ": line " + line + " is longer than " + max + " characters; the file is"
                    + " damaged or not a data file written by spdb");
        }
    }
}
