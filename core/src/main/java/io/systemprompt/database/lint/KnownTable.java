package io.systemprompt.database.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A table some module file created, as the lint run has seen it so far. Mutable; one run only. */
final class KnownTable {
    final String name;
    final String module;
    final String file;
    /** Column name to the file that added it. */
    final Map<String, String> columns = new LinkedHashMap<>();
    /** Index name (or a synthetic key for keys) to its columns. */
    final Map<String, List<String>> indexes = new LinkedHashMap<>();
    final List<ForeignKeyUse> foreignKeys = new ArrayList<>();

    KnownTable(String name, String module, String file) {
        this.name = name;
        this.module = module;
        this.file = file;
    }

    /**
     * A foreign key and where it was declared, checked for an index at the end of the run.
     *
     * @param columns the referencing columns
     * @param at      the statement that declared it, for the finding
     */
    record ForeignKeyUse(List<String> columns, FileStatement at) {
    }

    /** True when an index (or the primary key, or a unique key) starts with these columns. */
    boolean indexed(List<String> leading) {
        for (List<String> cols : indexes.values()) {
            if (cols.size() >= leading.size() && cols.subList(0, leading.size()).equals(leading)) {
                return true;
            }
        }
        return false;
    }
}
