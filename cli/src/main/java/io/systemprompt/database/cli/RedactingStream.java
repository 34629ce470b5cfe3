package io.systemprompt.database.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Standard error with {@link Redactor} applied line by line, so library logging and anything else
 * written there (with {@code --verbose}, the drivers' messages) cannot print {@code POSTGRES_PASSWORD}.
 * Whole lines are redacted; a flush prints a partial line but holds back a tail that could still become
 * the password.
 */
final class RedactingStream extends OutputStream {
    private final PrintStream target;
    private final byte[] password;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private RedactingStream(PrintStream target, String password) {
        this.target = target;
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces {@code System.err} with a redacting one, when there is a password to hide. */
    static void install() {
        String password = System.getenv("POSTGRES_PASSWORD");
        if (password != null && password.length() >= 2) {
            System.setErr(new PrintStream(new RedactingStream(System.err, password), true, StandardCharsets.UTF_8));
        }
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() {
        // A prompt waits without a line end, so a flush prints the partial line, except a tail that
        // could be the start of the password (or of a character cut in half), kept for the next write.
        byte[] bytes = line.toByteArray();
        int keep = heldBack(bytes);
        if (keep < bytes.length) {
            line.reset();
            target.print(Redactor.redact(new String(bytes, 0, bytes.length - keep, StandardCharsets.UTF_8)));
            line.write(bytes, bytes.length - keep, keep);
        }
        target.flush();
    }

    @Override
    public synchronized void close() {
        emit();
        target.flush();
    }

    /** How many trailing bytes may still turn into the password, or end inside a UTF-8 character. */
    private int heldBack(byte[] bytes) {
        int keep = 0;
        for (int n = Math.min(password.length - 1, bytes.length); n > 0; n--) {
            if (Arrays.equals(bytes, bytes.length - n, bytes.length, password, 0, n)) {
                keep = n;
                break;
            }
        }
        int continuation = 0;
        while (continuation < Math.min(4, bytes.length) && (bytes[bytes.length - 1 - continuation] & 0xC0) == 0x80) {
            continuation++;
        }
        if (continuation < bytes.length && (bytes[bytes.length - 1 - continuation] & 0xC0) == 0xC0) {
            keep = Math.max(keep, continuation + 1);
        }
        return keep;
    }

    private void emit() {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        target.print(Redactor.redact(text));
        target.flush();
    }
}
