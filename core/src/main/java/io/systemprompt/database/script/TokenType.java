package io.systemprompt.database.script;

/** The kinds of token {@link SqlLexer} produces. Trivia kinds carry no meaning for the engine. */
public enum TokenType {
    /** A keyword or unquoted identifier. */
    WORD,
    /** {@code "name"}, {@code `name`} or {@code [name]}. */
    QUOTED_IDENTIFIER,
    /** {@code 'text'} with {@code ''} escapes, also {@code E'…'} and {@code X'…'}. */
    STRING,
    /** An integer, decimal, exponent or hex number. */
    NUMBER,
    /** A PostgreSQL dollar-quoted string: {@code $$…$$} or {@code $tag$…$tag$}. */
    DOLLAR_QUOTED,
    /** A bind parameter: {@code ?}, {@code ?1}, {@code $1}, {@code :name}, {@code @name}. */
    PARAMETER,
    /** {@code -- …} up to, not including, the line end. */
    LINE_COMMENT,
    /** {@code /* … *}{@code /}. */
    BLOCK_COMMENT,
    /** Spaces, tabs, line ends and a byte-order mark. */
    WHITESPACE,
    /** The statement terminator {@code ;}. */
    SEMICOLON,
    /** One of {@code ( ) , .}. */
    PUNCT,
    /** Any other operator, such as {@code ||}, {@code ::}, {@code <=}, {@code =}. */
    OPERATOR;

    /** True for whitespace and comments, which never change what a statement means. */
    public boolean isTrivia() {
        return this == WHITESPACE || this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
