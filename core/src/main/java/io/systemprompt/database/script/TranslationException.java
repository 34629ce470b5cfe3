package io.systemprompt.database.script;

import io.systemprompt.database.DatabaseException;

/**
 * A SQLite-dialect construct has no safe PostgreSQL translation. Thrown before anything runs, so a
 * file is either translated completely or not at all. The message names the file, line:column and
 * construct, and the override file that replaces the generic file on PostgreSQL.
 */
public class TranslationException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final SourcePosition position;
    private final String construct;

    /**
     * @param location  the SQL file
     * @param position  where the construct starts
     * @param construct the construct, as written or named (e.g. {@code PRAGMA}, {@code instr()})
     * @param reason    why it cannot be translated
     */
    public TranslationException(String location, SourcePosition position, String construct, String reason) {
        super("database translate " + location + ":" + position + ": cannot translate " + construct
                + " to PostgreSQL: " + reason + ". Write the PostgreSQL form yourself: add "
                + overrideFileName(location) + " next to " + fileName(location) + ".");
        this.location = location;
        this.position = position;
        this.construct = construct;
    }

    /** The SQL file. */
    public String location() {
        return location;
    }

    /** Where the construct starts in the file. */
    public SourcePosition position() {
        return position;
    }

    /** The construct that could not be translated. */
    public String construct() {
        return construct;
    }

    /** {@code schema.sql} → {@code schema.postgres.sql}, {@code 003_x.sql} → {@code 003_x.postgres.sql}. */
    public static String overrideFileName(String location) {
        String name = fileName(location);
        String base = name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
        return base + ".postgres.sql";
    }

    private static String fileName(String location) {
        int i = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return i < 0 ? location : location.substring(i + 1);
    }
}
