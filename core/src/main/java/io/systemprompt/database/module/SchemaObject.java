package io.systemprompt.database.module;

import java.util.Locale;
import java.util.Objects;

/**
 * An object a module's SQL creates, or a table it references, as found in its files.
 *
 * @param kind     what it is
 * @param name     its name as written, without quotes or schema
 * @param location the file that creates or references it
 * @param line     1-based line in that file
 * @param column   1-based column in that file
 */
public record SchemaObject(Kind kind, String name, String location, int line, int column) {

    /** The kinds of object tracked. */
    public enum Kind {
        /** {@code CREATE TABLE}. */
        TABLE,
        /** {@code CREATE VIEW}. */
        VIEW,
        /** {@code CREATE INDEX}. */
        INDEX,
        /** {@code CREATE TRIGGER}. */
        TRIGGER,
        /** {@code REFERENCES t} in a table definition or {@code ALTER TABLE}. */
        REFERENCE;

        /** Lower-case name, as stored in the ownership table. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Rejects missing parts. */
    public SchemaObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
    }

    /** The name folded for comparison (SQL names are case-insensitive unless quoted; modules rarely rely on it). */
    public String folded() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code file:line:column}. */
    public String where() {
        return location + ":" + line + ":" + column;
    }
}
