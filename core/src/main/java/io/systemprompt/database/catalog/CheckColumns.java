package io.systemprompt.database.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The columns each check constraint of a table mentions. Engines rewrite check expressions
 * ({@code status IN ('a','b')} comes back from PostgreSQL as {@code status = ANY (ARRAY[…])}), but the
 * columns they name stay the same, so these are what the comparison looks at.
 */
final class CheckColumns {
    private CheckColumns() {
    }

    /** One {@code [a, b]} entry per check, sorted, e.g. {@code [rank], [status]}. */
    static String mentioned(TableInfo table) {
        Set<String> columns = table.columns().stream().map(c -> CatalogComparison.lower(c.name()))
                .collect(Collectors.toSet());
        List<String> perCheck = new ArrayList<>();
        for (String check : table.checks()) {
            Set<String> used = new TreeSet<>(words(check));
            used.retainAll(columns);
            perCheck.add(used.toString());
        }
        perCheck.sort(null);
        return perCheck.isEmpty() ? "nothing" : String.join(", ", perCheck);
    }

    /** Identifiers outside string literals, unquoted and lower-cased. */
    static List<String> words(String expression) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = closing(expression, i, '\'') + 1;
            } else if (c == '"' || c == '`' || c == '[') {
                int end = closing(expression, i, c == '[' ? ']' : c);
                words.add(CatalogComparison.lower(expression.substring(i + 1, Math.min(end, expression.length()))));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < expression.length() && isWordChar(expression.charAt(end))) {
                    end++;
                }
                words.add(CatalogComparison.lower(expression.substring(i, end)));
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }

    /** The index of the closing quote; a doubled quote stands for itself. */
    private static int closing(String s, int open, char quote) {
        int i = open + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote && !(i + 1 < s.length() && s.charAt(i + 1) == quote)) {
                return i;
            }
            i += s.charAt(i) == quote ? 2 : 1;
        }
        return s.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
