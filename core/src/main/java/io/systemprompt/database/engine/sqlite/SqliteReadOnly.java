package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.engine.ReadOnlyRules;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a read-only transaction refuses on SQLite. A connection opened read-only still runs
 * {@code VACUUM INTO 'file'} (it writes a new file) and {@code ATTACH} (of an existing file), and a
 * memory database's one connection is only kept read-only by {@code PRAGMA query_only}, so these,
 * and every pragma that sets something, are refused before they reach the engine.
 */
final class SqliteReadOnly {
    /** Pragmas that take a table or index name and only report on it. */
    private static final Set<String> REPORTING = Set.of("TABLE_INFO", "TABLE_XINFO", "TABLE_LIST", "INDEX_INFO",
            "INDEX_XINFO", "INDEX_LIST", "FOREIGN_KEY_LIST", "FOREIGN_KEY_CHECK", "INTEGRITY_CHECK", "QUICK_CHECK");

    /**
     * Pragmas that act even without an argument: a checkpoint writes the WAL into the database file (on
     * a read-only connection it fails as an I/O error, as if the file were lost), {@code optimize} may
     * run ANALYZE, {@code incremental_vacuum} frees pages.
     */
    private static final Set<String> ACTING = Set.of("WAL_CHECKPOINT", "OPTIMIZE", "INCREMENTAL_VACUUM");

    static final ReadOnlyRules RULES = new ReadOnlyRules(
            Set.of("ATTACH", "DETACH", "VACUUM", "REINDEX", "ANALYZE"), SqliteReadOnly::onlyReads);

    private SqliteReadOnly() {
    }

    /**
     * {@code PRAGMA name} reads a setting; {@code PRAGMA name = v} and {@code PRAGMA name(v)} set it,
     * except for the reporting pragmas, whose argument names what to report on; the acting pragmas
     * never run.
     */
    private static boolean onlyReads(List<SqlToken> tokens) {
        int i = 0;
        if (tokens.size() > 2 && tokens.get(1).is(TokenType.PUNCT, ".")) {
            i = 2;
        }
        if (i >= tokens.size()) {
            return true;
        }
        String name = tokens.get(i).identifier().toUpperCase(Locale.ROOT);
        if (ACTING.contains(name)) {
            return false;
        }
        boolean hasArgument = tokens.size() > i + 1;
        return !hasArgument || REPORTING.contains(name);
    }
}
