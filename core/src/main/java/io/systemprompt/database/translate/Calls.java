package io.systemprompt.database.translate;

import java.util.ArrayList;
import java.util.List;

/** Argument ranges of a function call, split at top-level commas. */
final class Calls {

    private Calls() {
    }

    /**
     * The arguments of the call whose {@code (} is at {@code open}: each an inclusive
     * {@code {from, to}} range of significant-token indexes. An empty call gives an empty list.
     */
    static List<int[]> arguments(StatementTokens st, int open) {
        int close = st.closingParen(open);
        List<int[]> args = new ArrayList<>();
        int start = open + 1;
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            if (st.isPunct(k, "(")) {
                depth++;
            } else if (st.isPunct(k, ")")) {
                depth--;
            } else if (depth == 0 && st.isPunct(k, ",")) {
                args.add(new int[] {start, k - 1});
                start = k + 1;
            }
        }
        if (close > open + 1) {
            args.add(new int[] {start, close - 1});
        }
        return args;
    }

    /** True when the argument is one string literal equal to {@code value}, ignoring case. */
    static boolean isString(StatementTokens st, int[] arg, String value) {
        return arg[0] == arg[1] && st.get(arg[0]).text().equalsIgnoreCase("'" + value + "'");
    }

    /** The unquoted content of a one-token string argument, or null. */
    static String stringValue(StatementTokens st, int[] arg) {
        String text = st.get(arg[0]).text();
        if (arg[0] != arg[1] || !text.startsWith("'")) {
            return null;
        }
        return text.substring(1, text.length() - 1).replace("''", "'");
    }
}
