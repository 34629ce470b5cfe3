package io.systemprompt.database.data;

import java.util.Locale;

/** The file formats of export and import. */
public enum DataFormat {
    /** JSON Lines: one object per row, {@code null} for NULL, {@code ""} for the empty string. */
    JSONL("jsonl"),
    /**
     * CSV (RFC 4180) with a header row. NULL is an empty unquoted field; every string, timestamp, date
     * and blob is quoted, so {@code ""} is the empty string; numbers and booleans are bare.
     */
    CSV("csv"),
    /** One {@code INSERT INTO "t" (…) VALUES (…);} per row; blobs as {@code X'hex'}. */
    SQL("sql");

    private final String extension;

    DataFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without dot and without {@code .gz}. */
    public String extension() {
        return extension;
    }

    /** The format by name ({@code jsonl}, {@code csv}, {@code sql}), case-insensitive. */
    public static DataFormat parse(String name) {
        for (DataFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new DataException("Unknown data format '" + name + "'. Use jsonl, csv or sql.");
    }

    /** The format of a file named {@code table.jsonl}, {@code table.csv.gz}, …; empty when none fits. */
    public static java.util.Optional<DataFormat> ofFile(String fileName) {
        String n = stripGzip(fileName).toLowerCase(Locale.ROOT);
        for (DataFormat f : values()) {
            if (n.endsWith("." + f.extension)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    /** The table a data file holds: its name without extensions. */
    public static String tableOf(String fileName) {
        String n = stripGzip(fileName);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    static String stripGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz") ? fileName.substring(0, fileName.length() - 3)
                : fileName;
    }
}
