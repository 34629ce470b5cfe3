package io.systemprompt.database.cli;

import io.systemprompt.database.DatabaseException;

/**
 * A command could not do what it was asked, with the hint to print and the exit code to return.
 * Usage problems found after parsing (an unknown table or column) exit with {@link ExitCodes#USAGE}.
 */
public class CliException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final String hint;

    /** A failure with its exit code, the message (what failed) and the hint (what to do). */
    public CliException(int exitCode, String message, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    /** A usage problem: exit code 2. */
    public static CliException usage(String message, String hint) {
        return new CliException(ExitCodes.USAGE, message, hint, null);
    }

    /** A failure: exit code 1. */
    public static CliException failure(String message, String hint, Throwable cause) {
        return new CliException(ExitCodes.FAILURE, message, hint, cause);
    }

    /** The exit code. */
    public int exitCode() {
        return exitCode;
    }

    /** What the user should do. */
    public String hint() {
        return hint;
    }
}
