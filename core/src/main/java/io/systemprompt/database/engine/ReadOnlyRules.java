package io.systemprompt.database.engine;

import io.systemprompt.database.script.SqlScriptException;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.script.SqlToken;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The statement check of a read-only transaction, shared by the dialects. The engine's own read-only
 * mode stops writes; this check stops the statements that could switch that mode off or escape it:
 * more than one statement in one call (so nothing can follow a hidden {@code COMMIT}), transaction
 * control, and the engine-specific statements each dialect names. Statements are found with the
 * project's lexer, so a {@code ;} inside a string, identifier, comment or dollar quote is not a split.
 */
public final class ReadOnlyRules {
    /** Leading keywords of transaction control, refused on every engine. */
    public static final Set<String> TRANSACTION_CONTROL =
            Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE");

    private final Set<String> refused;
    private final PragmaRule pragmas;

    /**
     * @param refused leading keywords (upper case) refused besides {@link #TRANSACTION_CONTROL}
     * @param pragmas decides about {@code PRAGMA} statements, or null when the engine has none
     */
    public ReadOnlyRules(Set<String> refused, PragmaRule pragmas) {
        this.refused = Set.copyOf(refused);
        this.pragmas = pragmas;
    }

    /** Decides whether a {@code PRAGMA} statement, given as its tokens after the keyword, only reads. */
    @FunctionalInterface
    public interface PragmaRule {
        /** True when the pragma only reads and cannot change the connection or write a file. */
        boolean onlyReads(List<SqlToken> afterKeyword);
    }

    /**
     * Why {@code sql} may not run in a read-only transaction, or empty when it may. The reason names
     * the statement and says what to do instead.
     */
    public Optional<String> refusal(String sql) {
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(sql);
        } catch (SqlScriptException e) {
            return Optional.of("the SQL cannot be split into statements (" + e.getMessage() + ")");
        }
        if (statements.size() > 1) {
            return Optional.of("it holds " + statements.size() + " statements; a read-only call runs exactly one"
                    + " statement, so run them one by one");
        }
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        List<SqlToken> tokens = statements.get(0).tokens().stream().filter(t -> !t.isTrivia()).toList();
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        String keyword = tokens.get(0).upper();
        if (TRANSACTION_CONTROL.contains(keyword)) {
            return Optional.of(keyword + " is transaction control, which a read-only transaction owns itself");
        }
        if (refused.contains(keyword)) {
            return Optional.of(keyword + " statements can change the session or write outside the database,"
                    + " so they never run read-only");
        }
        if (keyword.equals("PRAGMA") && pragmas != null && !pragmas.onlyReads(tokens.subList(1, tokens.size()))) {
            return Optional.of("this PRAGMA changes a setting or the database file; only reading pragmas run read-only");
        }
        return Optional.empty();
    }
}
