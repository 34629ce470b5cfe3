package io.systemprompt.database.data;

import io.systemprompt.database.engine.Quoting;

import java.util.List;

/** Identifier quoting that both engines accept; the one spelling is {@link Quoting}'s. */
public final class Sql {
    private Sql() {
    }

    /** {@code name} as a double-quoted identifier. */
    public static String quote(String name) {
        return Quoting.quote(name);
    }

    /** Quoted names joined with commas. */
    public static String list(List<String> names) {
        return Quoting.list(names);
    }
}
