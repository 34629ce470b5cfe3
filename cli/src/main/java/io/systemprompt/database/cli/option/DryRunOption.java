package io.systemprompt.database.cli.option;

import picocli.CommandLine.Option;

/** {@code --dry-run} for commands that print the SQL they would run: {@code @Mixin DryRunOption dryRun;}. */
public final class DryRunOption {
    @Option(names = "--dry-run", description = "Print the SQL that would run, and change nothing.")
    boolean dryRun;

    /** True when the user asked for a dry run. */
    public boolean on() {
        return dryRun;
    }
}
