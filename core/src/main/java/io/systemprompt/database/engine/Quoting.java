package io.systemprompt.database.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Identifier quoting that both engines accept: the SQL-standard double quotes. */
public final class Quoting {
    private Quoting() {
    }

    /** {@code name} as a double-quoted identifier. */
    public static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Quoted names joined with commas. */
    public static String list(List<String> names) {
        return names.stream().map(Quoting::quote).collect(Collectors.joining(", "));
    }
}
