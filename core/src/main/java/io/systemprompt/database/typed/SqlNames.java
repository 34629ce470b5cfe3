package io.systemprompt.database.typed;

/** Identifier quoting both engines accept: double quotes, an embedded quote doubled. */
final class SqlNames {
    private SqlNames() {
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
