package io.systemprompt.database.cli.render;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV per RFC 4180 (the library's table dialect): CRLF line ends, a header row, and fields that need
 * it quoted with inner quotes doubled. NULL is an empty field.
 */
public final class Csv {

    private Csv() {
    }

    /** The header and rows as CSV text. */
    public static String write(List<String> headers, List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter out = new CSVPrinter(sb, io.systemprompt.database.internal.Csv.TABLE)) {
            out.printRecord(headers);
            for (List<Object> row : rows) {
                out.printRecord(row.stream().map(v -> v == null ? null : Values.text(v)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
