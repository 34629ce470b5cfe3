package io.systemprompt.database.data;

import java.util.List;
import java.util.stream.Collectors;

/** Identifier quoting that both engines accept. */
final class Sql {
    private Sql() {
    }

    /** {@code name} as a double-quoted identifier. */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Quoted names joined with commas. */
    static String list(List<String> names) {
        return names.stream().map(Sql::quote).collect(Collectors.joining(", "));
    }
}
