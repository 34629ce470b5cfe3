package io.systemprompt.database.docs;

import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.script.SqlToken;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables a script creates and the tables it changes, read from its statements' tokens: CREATE
 * TABLE creates; ALTER TABLE, DROP TABLE, CREATE INDEX … ON and CREATE TRIGGER … ON change. Names are
 * lower-cased, schema qualifiers dropped.
 */
record ScriptTargets(Set<String> created, Set<String> changed) {

    static ScriptTargets of(String sql) {
        Set<String> created = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        for (SqlStatement statement : SqlSplitter.split(sql)) {
            List<SqlToken> words = significant(statement.tokens());
            if (words.size() < 3 || !(words.get(0).isWord("CREATE") || words.get(0).isWord("ALTER")
                    || words.get(0).isWord("DROP"))) {
                continue;
            }
            String verb = words.get(0).upper();
            int k = 1;
            while (k < words.size() && (words.get(k).isWord("TEMP") || words.get(k).isWord("TEMPORARY")
                    || words.get(k).isWord("UNIQUE") || words.get(k).isWord("UNLOGGED"))) {
                k++;
            }
            if (k >= words.size()) {
                continue;
            }
            String object = words.get(k).upper();
            if (object.equals("TABLE")) {
                String name = nameAfter(words, k + 1);
                if (name != null) {
                    (verb.equals("CREATE") ? created : changed).add(name);
                }
            } else if (verb.equals("CREATE") && (object.equals("INDEX") || object.equals("TRIGGER"))) {
                String table = afterOn(words, k + 1);
                if (table != null) {
                    changed.add(table);
                }
            }
        }
        return new ScriptTargets(created, changed);
    }

    /** The object name after {@code IF [NOT] EXISTS}, without its schema. */
    private static String nameAfter(List<SqlToken> words, int k) {
        if (k < words.size() && words.get(k).isWord("IF")) {
            k += words.get(k + 1).isWord("NOT") ? 3 : 2;
        }
        if (k >= words.size()) {
            return null;
        }
        if (k + 2 < words.size() && words.get(k + 1).text().equals(".")) {
            k += 2;
        }
        return words.get(k).identifier().toLowerCase(Locale.ROOT);
    }

    private static String afterOn(List<SqlToken> words, int k) {
        for (int i = k; i < words.size() - 1; i++) {
            if (words.get(i).isWord("ON")) {
                return nameAfter(words, i + 1);
            }
        }
        return null;
    }

    private static List<SqlToken> significant(List<SqlToken> tokens) {
        List<SqlToken> out = new ArrayList<>();
        for (SqlToken t : tokens) {
            if (!t.isTrivia()) {
                out.add(t);
            }
        }
        return out;
    }
}
