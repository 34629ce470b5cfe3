package io.systemprompt.database.cli.render;

import java.util.List;

/**
 * CSV per RFC 4180: CRLF line ends, a header row, and fields that hold a comma, a quote, CR or LF
 * quoted with inner quotes doubled. NULL is an empty field.
 */
public final class Csv {

    private Csv() {
    }

    /** The header and rows as CSV text. */
    public static String write(List<String> headers, List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.copyOf(headers));
        for (List<Object> row : rows) {
            line(sb, row);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i) == null ? "" : Values.text(fields.get(i))));
        }
        sb.append("\r\n");
    }

    /** One field, quoted when it must be. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
