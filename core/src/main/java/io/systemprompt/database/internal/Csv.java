package io.systemprompt.database.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The CSV dialects of spdb, on Apache Commons CSV, so quoting is written in one place: the data
 * files, PostgreSQL {@code COPY} input and the command line's table output all go through these.
 */
public final class Csv {
    /**
     * Data files and {@code COPY … (FORMAT csv)}: LF line ends, every non-null value quoted when
     * written; when read, an unquoted empty field is NULL and a quoted one the empty string.
     */
    public static final CSVFormat DATA = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.ALL_NON_NULL).get();
    /** Tables for people and spreadsheets: RFC 4180 with CRLF line ends, fields quoted only where needed. */
    public static final CSVFormat TABLE = CSVFormat.RFC4180;

    private Csv() {
    }

    /** Appends {@code text} as one quoted {@link #DATA} field, inner quotes doubled. */
    public static void quoted(StringBuilder out, String text) {
        try {
            DATA.print(text, out, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
