package io.systemprompt.database.lint;

import io.systemprompt.database.DatabaseException;

/** A lint configuration file that cannot be read or holds an unknown rule, severity or key. */
public class LintConfigException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** @param message the file and what is wrong with it */
    public LintConfigException(String message) {
        super(message);
    }

    /** @param message the file and what is wrong with it; @param cause the parser's error */
    public LintConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
