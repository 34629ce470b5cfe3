package io.systemprompt.database.codegen;

import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.script.SqlLexer;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the check constraints that list a column's allowed text values, read on the tokens of the
 * project's lexer. Both engines' spellings are understood: SQLite reports the expression as written,
 * {@code status IN ('active', 'suspended')}; PostgreSQL rewrites it, e.g.
 * {@code ((status)::text = ANY ((ARRAY['active'::character varying, 'suspended'::character varying])::text[]))}.
 * Any other shape (AND, OR, NOT, a second column, a function, a number) is not an enum and is left alone.
 */
final class CheckEnums {
    private static final Set<String> ALLOWED_WORDS = Set.of("in", "any", "array");

    private CheckEnums() {
    }

    /** Column name (as in the table, lower-cased key) to its allowed values in written order. */
    static Map<String, List<String>> of(TableInfo table) {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (String check : table.checks()) {
            parse(check).ifPresent(e -> table.column(e.column()).ifPresent(c ->
                    enums.putIfAbsent(c.name().toLowerCase(Locale.ROOT), e.values())));
        }
        return enums;
    }

    /** A parsed {@code column IN (values)}. */
    record ColumnEnum(String column, List<String> values) {
    }

    static Optional<ColumnEnum> parse(String expression) {
        List<SqlToken> tokens = flatten(SqlLexer.tokenize(expression));
        String column = null;
        List<String> values = new ArrayList<>();
        boolean list = false;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.type() == TokenType.PUNCT && !t.text().equals(".")) {
                continue;
            }
            if (t.is(TokenType.OPERATOR, "::")) {
                while (i + 1 < tokens.size() && tokens.get(i + 1).type() == TokenType.WORD) {
                    i++;
                }
            } else if (t.type() == TokenType.STRING && t.text().startsWith("'")) {
                values.add(t.text().substring(1, t.text().length() - 1).replace("''", "'"));
            } else if (t.type() == TokenType.WORD && ALLOWED_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                list = true;
            } else if (t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENTIFIER) {
                if (column != null && !column.equalsIgnoreCase(t.identifier())) {
                    return Optional.empty();
                }
                column = t.identifier();
            } else if (!t.is(TokenType.OPERATOR, "=")) {
                return Optional.empty();
            }
        }
        boolean ok = column != null && !values.isEmpty() && (list || values.size() == 1)
                && values.stream().distinct().count() == values.size();
        return ok ? Optional.of(new ColumnEnum(column, List.copyOf(values))) : Optional.empty();
    }

    /** Without trivia; PostgreSQL's {@code ARRAY[…]} lexes as one bracketed token, so its inside is lexed too. */
    private static List<SqlToken> flatten(List<SqlToken> tokens) {
        List<SqlToken> out = new ArrayList<>();
        for (SqlToken t : tokens) {
            if (t.isTrivia()) {
                continue;
            }
            if (t.type() == TokenType.QUOTED_IDENTIFIER && t.text().startsWith("[")) {
                out.addAll(flatten(SqlLexer.tokenize(t.identifier())));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
