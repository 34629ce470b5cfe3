package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.script.SqlLexer;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the CHECK constraints in a SQLite {@code CREATE TABLE} statement. SQLite keeps them only in
 * the statement text, so they are read from its tokens (the project's one SQL lexer), which keeps
 * strings, quoted names and comments from being mistaken for constraints.
 */
final class SqliteCheckScanner {
    private SqliteCheckScanner() {
    }

    /** The check expressions of this statement, without the outer parentheses. */
    static List<String> checks(String createTableSql) {
        if (createTableSql == null) {
            return List.of();
        }
        List<SqlToken> tokens = SqlLexer.tokenize(createTableSql).stream().filter(t -> !t.isTrivia()).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("CHECK") && tokens.get(i + 1).is(TokenType.PUNCT, "(")) {
                int close = closing(tokens, i + 1);
                int from = tokens.get(i + 1).offset() + 1;
                int to = close < tokens.size() ? tokens.get(close).offset() : createTableSql.length();
                out.add(createTableSql.substring(from, to).trim());
                i = close;
            }
        }
        return out;
    }

    /** The index of the parenthesis closing the one at {@code open}, or the token count if unclosed. */
    private static int closing(List<SqlToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is(TokenType.PUNCT, "(")) {
                depth++;
            } else if (tokens.get(i).is(TokenType.PUNCT, ")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }
}
