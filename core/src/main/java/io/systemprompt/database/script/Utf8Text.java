package io.systemprompt.database.script;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 for SQL text: bytes that are not UTF-8, and NUL characters (which SQLite reads as the
 * end of the statement), are refused with the file, line:column and byte offset, instead of being
 * stored silently as U+FFFD or cutting a statement short.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** Decodes {@code raw}, or throws {@link SqlScriptException} naming where it is not valid. */
    public static String decode(String location, byte[] raw) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, raw.length + 1L));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw refuse(location, raw, in.position(), "is not valid UTF-8 (byte 0x"
                    + String.format("%02x", raw[in.position()] & 0xff) + ")");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int offset = new String(text.substring(0, nul)).getBytes(StandardCharsets.UTF_8).length;
            throw refuse(location, raw, offset, "is a NUL character");
        }
        return text;
    }

    private static SqlScriptException refuse(String location, byte[] raw, int offset, String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (raw[i] == '\n') {
                line++;
                column = 1;
            } else if ((raw[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SqlScriptException(location, line, column, "byte offset " + offset + " " + problem
                + ". Save the file as UTF-8 text without NUL characters.");
    }
}
