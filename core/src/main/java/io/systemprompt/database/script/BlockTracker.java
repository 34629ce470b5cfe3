package io.systemprompt.database.script;

import java.util.Locale;
import java.util.Set;

/**
 * Counts {@code BEGIN}/{@code CASE} … {@code END} nesting in the statements whose bodies may hold
 * semicolons: {@code CREATE [OR REPLACE] [TEMP|TEMPORARY] TRIGGER}, and {@code FUNCTION} or
 * {@code PROCEDURE}. Elsewhere {@code BEGIN} starts a transaction and nesting is not counted.
 * It is fed the significant (non-trivia) tokens of one statement.
 */
final class BlockTracker {
    private static final Set<String> MODIFIERS = Set.of("OR", "REPLACE", "TEMP", "TEMPORARY", "CONSTRAINT");
    private static final Set<String> BLOCK_OBJECTS = Set.of("TRIGGER", "FUNCTION", "PROCEDURE");
    private int seen;
    private boolean blockStatement;
    private boolean sawCreate;
    private int depth;

    /** Current nesting; a {@code ;} ends the statement only at 0. */
    int depth() {
        return depth;
    }

    void reset() {
        seen = 0;
        blockStatement = false;
        sawCreate = false;
        depth = 0;
    }

    void accept(SqlToken token) {
        seen++;
        if (token.type() != TokenType.WORD) {
            return;
        }
        String word = token.text().toUpperCase(Locale.ROOT);
        if (!blockStatement) {
            detectHeader(word);
        } else {
            count(word);
        }
    }

    private void detectHeader(String word) {
        if (seen == 1) {
            sawCreate = word.equals("CREATE");
        } else if (sawCreate && !MODIFIERS.contains(word)) {
            blockStatement = BLOCK_OBJECTS.contains(word);
            sawCreate = false;
        }
    }

    private void count(String word) {
        if (word.equals("BEGIN") || word.equals("CASE")) {
            depth++;
        } else if (word.equals("END") && depth > 0) {
            depth--;
        }
    }
}
