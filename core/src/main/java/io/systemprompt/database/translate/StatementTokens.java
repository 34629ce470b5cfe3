package io.systemprompt.database.translate;

import io.systemprompt.database.script.TranslationException;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * An edit buffer over one statement's tokens. Translators address significant (non-trivia) tokens
 * by index {@code k}, replace their text, and mark them handled; comments and whitespace are kept,
 * so the translated statement still reads like the original.
 */
final class StatementTokens {
    private final String location;
    private final SqlStatement statement;
    private final List<SqlToken> significant = new ArrayList<>();
    private final List<Integer> allIndex = new ArrayList<>();
    private final List<SqlToken> all;
    private final String[] out;
    private final String[] prefix;
    private final String[] suffix;
    private final boolean[] handled;

    StatementTokens(String location, SqlStatement statement) {
        this.location = location;
        this.statement = statement;
        this.all = statement.tokens();
        this.out = new String[all.size()];
        this.prefix = new String[all.size()];
        this.suffix = new String[all.size()];
        for (int i = 0; i < all.size(); i++) {
            out[i] = all.get(i).text();
            prefix[i] = "";
            suffix[i] = "";
            if (!all.get(i).isTrivia()) {
                significant.add(all.get(i));
                allIndex.add(i);
            }
        }
        this.handled = new boolean[significant.size()];
    }

    SqlStatement statement() {
        return statement;
    }

    int size() {
        return significant.size();
    }

    /** The k-th significant token, or a blank operator token past the end so lookahead stays simple. */
    SqlToken get(int k) {
        return k >= 0 && k < size() ? significant.get(k) : new SqlToken(TokenType.OPERATOR, "", 0, 0, 0);
    }

    boolean isWord(int k, String keyword) {
        return get(k).isWord(keyword);
    }

    boolean isPunct(int k, String punct) {
        return get(k).is(TokenType.PUNCT, punct);
    }

    /** Replaces the text of token k and marks it handled. */
    void replace(int k, String text) {
        out[allIndex.get(k)] = text;
        handled[k] = true;
    }

    /** Removes tokens from..to (inclusive) and the trivia between them. */
    void removeRange(int from, int to) {
        for (int i = allIndex.get(from); i <= allIndex.get(to); i++) {
            out[i] = "";
        }
        for (int k = from; k <= to; k++) {
            handled[k] = true;
        }
    }

    /** Removes tokens from..to and the whitespace just before them, so no double space is left. */
    void removeWithSpaceBefore(int from, int to) {
        removeRange(from, to);
        int before = allIndex.get(from) - 1;
        if (before >= 0 && all.get(before).type() == TokenType.WHITESPACE) {
            out[before] = "";
        }
    }

    /** Replaces tokens from..to (inclusive) with one text. */
    void replaceRange(int from, int to, String text) {
        removeRange(from, to);
        out[allIndex.get(from)] = text;
    }

    /** Adds text after token k; later replacements of token k keep it. */
    void appendAfter(int k, String text) {
        suffix[allIndex.get(k)] += text;
    }

    /** Adds text before token k; later replacements of token k keep it. */
    void prependBefore(int k, String text) {
        prefix[allIndex.get(k)] = text + prefix[allIndex.get(k)];
    }

    void markHandled(int from, int to) {
        for (int k = from; k <= to; k++) {
            handled[k] = true;
        }
    }

    boolean handled(int k) {
        return handled[k];
    }

    /** Current (possibly replaced) text of token k. */
    String text(int k) {
        return out[allIndex.get(k)];
    }

    /** Index of the {@code )} that closes the {@code (} at k. */
    int closingParen(int k) {
        int depth = 0;
        for (int i = k; i < size(); i++) {
            if (isPunct(i, "(")) {
                depth++;
            } else if (isPunct(i, ")") && --depth == 0) {
                return i;
            }
        }
        throw fail(k, "(", "the parenthesis is never closed");
    }

    /** Source text of tokens from..to (inclusive), trivia included, as currently edited. */
    String textOf(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = allIndex.get(from); i <= allIndex.get(to); i++) {
            sb.append(prefix[i]).append(out[i]).append(suffix[i]);
        }
        return sb.toString();
    }

    /** Original source text of tokens from..to (inclusive). */
    String originalOf(int from, int to) {
        SqlToken last = get(to);
        return statement.sql().substring(get(from).offset(), last.offset() + last.text().length());
    }

    /** The edited statement text. */
    String render() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < out.length; i++) {
            sb.append(prefix[i]).append(out[i]).append(suffix[i]);
        }
        return sb.toString().strip();
    }

    TranslationException fail(int k, String construct, String reason) {
        int offset = k < size() ? get(k).offset() : 0;
        return new TranslationException(location, statement.positionAt(offset), construct, reason);
    }
}
