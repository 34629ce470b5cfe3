package io.systemprompt.database.cli;

/** The {@code spdb} entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    /** Runs {@code spdb} with the given arguments and exits with 0 (ok), 1 (failure) or 2 (usage). */
    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--verbose") || java.util.Arrays.asList(args).contains("-v")) {
            // Must be set before the first logger exists; simplelogger.properties defaults to warn.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        RedactingStream.install();
        String[] hoisted = GlobalOptions.hoist(args);
        int exit = SpdbCommand.commandLine(hoisted).execute(hoisted);
        System.err.close();
        System.exit(exit);
    }
}
