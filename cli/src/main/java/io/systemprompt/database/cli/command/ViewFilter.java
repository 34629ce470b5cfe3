package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.script.SqlLexer;
import io.systemprompt.database.script.SqlScriptException;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;

/**
 * Checks that {@code view --where} is one SQL expression: no {@code ;} outside strings, identifiers
 * and comments, and balanced parentheses, so it cannot close the query's {@code WHERE (…)} and add
 * clauses or statements of its own. The lexer decides what is a string, so {@code name = 'a;b'} passes.
 */
final class ViewFilter {
    private ViewFilter() {
    }

    static String expression(String where) {
        int depth = 0;
        try {
            for (SqlToken t : SqlLexer.tokenize(where, "--where")) {
                if (t.type() == TokenType.SEMICOLON) {
                    throw refuse("contains ';' at column " + t.column() + ": it must be one expression, not statements");
                }
                if (t.is(TokenType.PUNCT, "(")) {
                    depth++;
                } else if (t.is(TokenType.PUNCT, ")") && --depth < 0) {
                    throw refuse("closes a parenthesis it did not open, at column " + t.column());
                }
            }
        } catch (SqlScriptException e) {
            throw refuse("cannot be read as SQL: " + e.getMessage());
        }
        if (depth != 0) {
            throw refuse("leaves " + depth + " parenthesis(es) open");
        }
        return where;
    }

    private static CliException refuse(String why) {
        return CliException.usage("--where " + why + ".",
                "give one filter expression, e.g. --where \"active = 1 AND email LIKE '%@example.com'\".");
    }
}
