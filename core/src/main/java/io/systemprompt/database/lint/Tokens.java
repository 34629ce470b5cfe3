package io.systemprompt.database.lint;

import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The significant tokens of one statement (no whitespace, no comments), read by index. */
final class Tokens {
    private static final SqlToken END = new SqlToken(TokenType.OPERATOR, "", 0, 0, 0);
    private final List<SqlToken> list;

    Tokens(List<SqlToken> all) {
        List<SqlToken> significant = new ArrayList<>();
        for (SqlToken t : all) {
            if (!t.isTrivia()) {
                significant.add(t);
            }
        }
        this.list = significant;
    }

    int size() {
        return list.size();
    }

    /** Token k, or an empty token past the end, so lookahead needs no bounds checks. */
    SqlToken get(int k) {
        return k >= 0 && k < list.size() ? list.get(k) : END;
    }

    boolean word(int k, String keyword) {
        return get(k).isWord(keyword);
    }

    boolean punct(int k, String p) {
        return get(k).is(TokenType.PUNCT, p);
    }

    /** The lower-case name token k stands for: a word as written, a quoted identifier without quotes. */
    String name(int k) {
        return get(k).identifier().toLowerCase(Locale.ROOT);
    }

    /** True when token k names something: an unquoted word or a quoted identifier. */
    boolean isName(int k) {
        TokenType t = get(k).type();
        return t == TokenType.WORD || t == TokenType.QUOTED_IDENTIFIER;
    }

    /** Index past a possibly schema-qualified name at k ({@code name} or {@code schema.name}). */
    int afterQualified(int k) {
        return punct(k + 1, ".") ? k + 3 : k + 1;
    }

    /** The last part of a possibly schema-qualified name at k. */
    String qualifiedName(int k) {
        return punct(k + 1, ".") ? name(k + 2) : name(k);
    }

    /** Index of the {@code )} closing the {@code (} at k, or the last index when it is never closed. */
    int closing(int k) {
        int depth = 0;
        for (int i = k; i < list.size(); i++) {
            if (punct(i, "(")) {
                depth++;
            } else if (punct(i, ")") && --depth == 0) {
                return i;
            }
        }
        return list.size() - 1;
    }

    /** The comma-separated items between the {@code (} at open and its {@code )}, as [from, to] pairs. */
    List<int[]> items(int open) {
        int close = closing(open);
        List<int[]> items = new ArrayList<>();
        int start = open + 1;
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            if (punct(i, "(")) {
                depth++;
            } else if (punct(i, ")")) {
                depth--;
            } else if (punct(i, ",") && depth == 0) {
                items.add(new int[] {start, i - 1});
                start = i + 1;
            }
        }
        if (start <= close - 1) {
            items.add(new int[] {start, close - 1});
        }
        return items;
    }

    /** The names listed in the parentheses at open, e.g. the columns of an index. */
    List<String> nameList(int open) {
        List<String> names = new ArrayList<>();
        for (int[] item : items(open)) {
            names.add(name(item[0]));
        }
        return names;
    }

    /** First index in from..to (inclusive) at parenthesis depth 0 holding the word, or -1. */
    int findWord(int from, int to, String keyword) {
        int depth = 0;
        for (int i = from; i <= to && i < list.size(); i++) {
            if (punct(i, "(")) {
                depth++;
            } else if (punct(i, ")")) {
                depth--;
            } else if (depth == 0 && word(i, keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** True when words appear in sequence starting at k. */
    boolean words(int k, String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (!word(k + i, keywords[i])) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of from..to as written, joined by single spaces (for messages). */
    String text(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to && i < list.size(); i++) {
            sb.append(sb.length() == 0 ? "" : " ").append(get(i).text());
        }
        return sb.toString();
    }
}
