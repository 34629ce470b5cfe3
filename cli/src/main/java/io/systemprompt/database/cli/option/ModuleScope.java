package io.systemprompt.database.cli.option;

import io.systemprompt.database.migrate.MigrateOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --module} and {@code --dry-run} of the commands that install or migrate modules
 * ({@code migrate}, {@code schema install}): {@code @Mixin ModuleScope scope;}.
 */
public final class ModuleScope {
    @Option(names = "--module", paramLabel = "<key>", description = "Only this module and its dependencies.")
    String module;

    @Mixin
    DryRunOption dryRun;

    /** The module asked for, or null for all. */
    public String module() {
        return module;
    }

    /** True when the user asked for a dry run. */
    public boolean dryRun() {
        return dryRun.on();
    }

    /** The run these options ask for: one module (with its dependencies) or all, dry or real. */
    public MigrateOptions migrateOptions() {
        return MigrateOptions.all().module(module).dryRun(dryRun.on());
    }
}
