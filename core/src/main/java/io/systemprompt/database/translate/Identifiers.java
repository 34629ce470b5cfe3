package io.systemprompt.database.translate;

import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;
import java.util.Locale;
import java.util.Set;

/**
 * Identifier spelling on PostgreSQL. SQLite names are case-insensitive, so every quoted name is
 * folded to lower case (what PostgreSQL does to unquoted names) and double-quoted. Words that are
 * plain identifiers in SQLite but reserved in PostgreSQL ({@code user}, {@code both}, …) get quoted.
 */
final class Identifiers {
    /** Reserved (or function-like) in PostgreSQL, but not keywords in SQLite, so always names there. */
    static final Set<String> POSTGRES_RESERVED = Set.of(
            "user", "array", "asymmetric", "both", "fetch", "grant", "lateral", "leading", "localtime",
            "localtimestamp", "only", "placing", "some", "symmetric", "trailing", "variadic", "analyse",
            "current_role", "session_user", "current_user", "authorization", "binary", "concurrently",
            "freeze", "ilike", "similar", "verbose", "tablesample", "overlaps", "collation",
            "current_schema", "current_catalog", "any", "none");

    /** PostgreSQL's reserved words; SQLite lets some of them ({@code desc}, {@code offset}, …) name columns. */
    private static final Set<String> RESERVED_IN_DEFINITIONS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
            "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
            "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
            "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning",
            "select", "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union",
            "unique", "user", "using", "variadic", "when", "where", "window", "with");

    private Identifiers() {
    }

    /**
     * The spelling of a column name where it is defined: any PostgreSQL reserved word is quoted, so
     * the table can be created; later unquoted uses of such a name fail loudly on PostgreSQL.
     */
    static String definition(SqlToken token) {
        if (token.type() == TokenType.WORD && RESERVED_IN_DEFINITIONS.contains(lower(token.text()))) {
            return quote(token.text());
        }
        return postgres(token);
    }

    /** The PostgreSQL spelling of a name token, or null when the token is not a name. */
    static String postgres(SqlToken token) {
        if (token.type() == TokenType.QUOTED_IDENTIFIER) {
            return quote(token.identifier());
        }
        if (token.type() == TokenType.WORD && POSTGRES_RESERVED.contains(lower(token.text()))) {
            return quote(token.text());
        }
        return token.type() == TokenType.WORD ? token.text() : null;
    }

    /** True for a token that can name a table or column. */
    static boolean isName(SqlToken token) {
        return token.type() == TokenType.WORD || token.type() == TokenType.QUOTED_IDENTIFIER;
    }

    /** {@code "name"} in lower case with inner quotes doubled. */
    static String quote(String name) {
        return "\"" + lower(name).replace("\"", "\"\"") + "\"";
    }

    /** The lower-case name a token refers to. */
    static String name(SqlToken token) {
        return lower(token.identifier());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
