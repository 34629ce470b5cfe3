package io.systemprompt.database.translate;

import java.util.List;
import java.util.Set;

/**
 * SQLite function calls on PostgreSQL. {@link #ALIKE} lists the functions that behave the same on
 * both engines and pass unchanged; the rest of the known ones are rewritten here; any other
 * function fails the translation, because a silently different result is worse than an error.
 */
final class SqliteFunctions {
    /** Functions with the same name, arguments and result on SQLite and PostgreSQL. */
    static final Set<String> ALIKE = Set.of(
            "abs", "coalesce", "nullif", "lower", "upper", "length", "replace", "trim", "ltrim", "rtrim",
            "round", "count", "sum", "avg", "substr", "substring", "concat", "concat_ws", "ceil", "ceiling",
            "floor", "sqrt", "power", "exp", "ln", "mod", "sign", "pi", "row_number", "rank", "dense_rank",
            "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value");

    private SqliteFunctions() {
    }

    /** Translates the call whose name is token k (token k+1 is its {@code (}). */
    static void translate(StatementTokens st, int k) {
        String name = Identifiers.lower(st.get(k).text());
        List<int[]> args = Calls.arguments(st, k + 1);
        switch (name) {
            case "ifnull": st.replace(k, "coalesce"); break;
            case "instr": st.replace(k, "strpos"); break;
            case "max": case "min": minMax(st, k, name, args); break;
            case "iif": iif(st, k, args); break;
            case "group_concat": groupConcat(st, k, args); break;
            case "random": random(st, k, args); break;
            case "lower": lower(st, k, args); break;
            case "hex": hex(st, k, args); break;
            case "randomblob": randomblob(st, k, args); break;
            case "raise": throw st.fail(k, "RAISE()", "PL/pgSQL raises with a statement, not an expression;"
                    + " write the trigger as a PostgreSQL function");
            default: translateOther(st, k, name, args);
        }
    }

    private static void translateOther(StatementTokens st, int k, String name, List<int[]> args) {
        if (!ALIKE.contains(name)) {
            TimeFunctions.translate(st, k, name, args);
        }
    }

    private static void minMax(StatementTokens st, int k, String name, List<int[]> args) {
        if (args.size() > 1) {
            st.replace(k, name.equals("max") ? "greatest" : "least");
        }
    }

    private static void iif(StatementTokens st, int k, List<int[]> args) {
        if (args.size() != 3) {
            throw st.fail(k, "iif()", "iif takes exactly three arguments");
        }
        int open = k + 1;
        st.replace(k, "");
        st.replace(open, "CASE WHEN ");
        st.replace(args.get(1)[0] - 1, " THEN");
        st.replace(args.get(2)[0] - 1, " ELSE");
        st.replace(st.closingParen(open), " END");
    }

    private static void groupConcat(StatementTokens st, int k, List<int[]> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw st.fail(k, "group_concat()", "group_concat takes one or two arguments");
        }
        int[] value = args.get(0);
        int from = st.isWord(value[0], "DISTINCT") ? value[0] + 1 : value[0];
        st.replace(k, "string_agg");
        st.prependBefore(from, "CAST(");
        st.appendAfter(value[1], " AS TEXT)");
        if (args.size() == 1) {
            st.appendAfter(value[1], ", ','");
        }
    }

    private static void random(StatementTokens st, int k, List<int[]> args) {
        boolean ordering = st.isWord(k - 1, "BY") && st.isWord(k - 2, "ORDER");
        if (!ordering || !args.isEmpty()) {
            throw st.fail(k, "random()", "SQLite's random() is a 64-bit integer, PostgreSQL's a fraction;"
                    + " only ORDER BY random() means the same on both");
        }
    }

    /** {@code lower(hex(randomblob(n)))}, the usual SQLite random id, becomes lower-case hex. */
    private static void lower(StatementTokens st, int k, List<int[]> args) {
        int hex = k + 2;
        if (args.size() == 1 && st.isWord(hex, "hex") && st.isPunct(hex + 1, "(")
                && st.closingParen(hex + 1) == args.get(0)[1] && st.isWord(hex + 2, "randomblob")) {
            st.replaceRange(k, st.closingParen(k + 1), randomHex(st, hex + 2));
        }
    }

    private static void hex(StatementTokens st, int k, List<int[]> args) {
        if (args.size() == 1 && st.isWord(k + 2, "randomblob") && st.closingParen(k + 3) == args.get(0)[1]) {
            st.replaceRange(k, st.closingParen(k + 1), "upper(" + randomHex(st, k + 2) + ")");
            return;
        }
        throw st.fail(k, "hex()", "PostgreSQL has no hex(); only hex(randomblob(n)) is translated");
    }

    private static void randomblob(StatementTokens st, int k, List<int[]> args) {
        st.replaceRange(k, st.closingParen(k + 1), "decode(" + randomHex(st, k) + ", 'hex')");
    }

    /**
     * Lower-case hex of n random bytes from {@code gen_random_uuid()} (PostgreSQL 13+, no extension).
     * A version-4 UUID has 122 random bits; its version and variant digits are fixed.
     */
    private static String randomHex(StatementTokens st, int randomblob) {
        List<int[]> args = Calls.arguments(st, randomblob + 1);
        int bytes = args.size() == 1 ? parseCount(st.get(args.get(0)[0]).text()) : -1;
        if (args.size() != 1 || args.get(0)[0] != args.get(0)[1] || bytes < 1 || bytes > 64) {
            throw st.fail(randomblob, "randomblob()", "only randomblob(n) with a literal n from 1 to 64 is translated");
        }
        String uuidHex = "replace(gen_random_uuid()::text, '-', '')";
        String joined = String.join(" || ", java.util.Collections.nCopies((bytes * 2 + 31) / 32, uuidHex));
        return bytes % 16 == 0 ? joined : "substr(" + joined + ", 1, " + bytes * 2 + ")";
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
