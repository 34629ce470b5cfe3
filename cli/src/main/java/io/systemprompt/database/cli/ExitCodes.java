package io.systemprompt.database.cli;

/** The exit codes of {@code spdb}; documented in {@code docs/cli.md}. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command ran and failed: a database error, a failed migration, a refused write. */
    public static final int FAILURE = 1;
    /** The command line was wrong: an unknown option, a bad value, an unknown table or column. */
    public static final int USAGE = 2;
    /** An applied migration's file was edited afterwards ({@code migrate repair} accepts it). */
    public static final int CHECKSUM_MISMATCH = 3;
    /** A no-transaction migration failed part-way: the database is dirty. */
    public static final int PARTIALLY_APPLIED = 4;

    private ExitCodes() {
    }
}
