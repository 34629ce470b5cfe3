package io.systemprompt.database.cli.option;

import picocli.CommandLine.Option;

/** {@code -y/--yes} for commands that ask before destroying data: {@code @Mixin YesOption yes;}. */
public final class YesOption {
    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation (required when not on a terminal).")
    boolean yes;

    /** True when the user confirmed up front. */
    public boolean given() {
        return yes;
    }
}
