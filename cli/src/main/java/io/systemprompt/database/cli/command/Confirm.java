package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.CliException;

import java.io.Console;
import java.util.Locale;

/**
 * The confirmation of a destructive command: {@code --yes} skips it, a terminal asks, and anything
 * else (a script, a pipe) is refused so nothing is destroyed without an explicit yes.
 */
final class Confirm {
    private Confirm() {
    }

    /** True to go on; false when the user said no. */
    static boolean ask(boolean yes, String command, String question) {
        if (yes) {
            return true;
        }
        Console console = System.console();
        if (console == null) {
            throw CliException.usage(command + " deletes data and stdin is not a terminal, so it cannot ask.",
                    "pass --yes to go ahead without asking.");
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
