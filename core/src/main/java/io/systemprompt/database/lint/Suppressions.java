package io.systemprompt.database.lint;

import io.systemprompt.database.script.SqlStatement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code -- spdb:lint-ignore <rule> <reason>} comments of one file. A comment suppresses the
 * rule for the statement that starts right below it (other comment lines may sit between them).
 */
final class Suppressions {
    static final String MARKER = "spdb:lint-ignore";
    private final Map<Integer, Set<String>> byStatementLine = new HashMap<>();

    /** A malformed comment: where it is and what is wrong. */
    record Problem(int line, String message) {
    }

    /** Reads the comments above each statement; malformed ones are returned as problems. */
    static Suppressions read(String content, List<SqlStatement> statements, Set<String> knownRules,
            List<Problem> problems) {
        Suppressions s = new Suppressions();
        String[] lines = content.split("\n", -1);
        for (SqlStatement st : statements) {
            for (int i = st.line() - 2; i >= 0 && lines[i].strip().startsWith("--"); i--) {
                String text = lines[i].strip().substring(2).strip();
                if (!text.startsWith(MARKER)) {
                    continue;
                }
                String[] parts = text.substring(MARKER.length()).strip().split("\\s+", 2);
                if (parts[0].isEmpty()) {
                    problems.add(new Problem(i + 1, "'-- " + MARKER + "' names no rule"));
                } else if (!knownRules.contains(parts[0])) {
                    problems.add(new Problem(i + 1, "'-- " + MARKER + " " + parts[0] + "' names an unknown rule"));
                } else if (parts.length < 2 || parts[1].isBlank()) {
                    problems.add(new Problem(i + 1, "'-- " + MARKER + " " + parts[0] + "' gives no reason, so it"
                            + " suppresses nothing"));
                } else {
                    s.byStatementLine.computeIfAbsent(st.line(), k -> new HashSet<>()).add(parts[0]);
                }
            }
        }
        return s;
    }

    boolean suppressed(int statementLine, String rule) {
        return byStatementLine.getOrDefault(statementLine, Set.of()).contains(rule);
    }
}
