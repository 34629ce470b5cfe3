package io.systemprompt.database.cli;

import io.systemprompt.database.migrate.MigrationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * The one place errors are printed: {@code error: <one line>} and {@code hint: <what to do>} on
 * stderr, the stack trace only with {@code --verbose}, credentials redacted. Also maps exceptions to
 * exit codes.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler,
        IExitCodeExceptionMapper {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("error: " + Redactor.redact(oneLine(message(ex))));
        err.println("hint: " + Redactor.redact(Hints.of(ex)));
        if (verbose(parsed)) {
            // The causes carry the drivers' own messages, which may echo the password.
            java.io.StringWriter trace = new java.io.StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(Redactor.redact(trace.toString()));
        }
        err.flush();
        return getExitCode(ex);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + Redactor.redact(oneLine(ex.getMessage())));
        err.println("hint: run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int getExitCode(Throwable t) {
        if (t instanceof CliException c) {
            return c.exitCode();
        }
        if (t instanceof MigrationException m) {
            switch (m.reason()) {
                case CHECKSUM_MISMATCH: return ExitCodes.CHECKSUM_MISMATCH;
                case PARTIALLY_APPLIED: return ExitCodes.PARTIALLY_APPLIED;
                default: return ExitCodes.FAILURE;
            }
        }
        return t instanceof ParameterException ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }

    private static String message(Throwable ex) {
        if (ex instanceof io.systemprompt.database.DatabaseException && ex.getMessage() != null) {
            return ex.getMessage();
        }
        return "unexpected " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
