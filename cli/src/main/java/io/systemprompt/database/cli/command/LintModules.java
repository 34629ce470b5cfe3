package io.systemprompt.database.cli.command;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.lint.LintConfig;
import io.systemprompt.database.lint.LintReport;
import io.systemprompt.database.lint.Linter;
import io.systemprompt.database.module.ModuleRoot;
import io.systemprompt.database.module.ModuleSet;

import java.nio.file.Path;
import java.util.List;

/** Runs the linter for a command: the configured module roots, their spdb-lint.yaml files, the runner's timeouts. */
final class LintModules {

    private LintModules() {
    }

    /** The configuration for these roots, knowing whether migrations run with a lock timeout. */
    static LintConfig config(List<String> roots, DatabaseConfig db) {
        List<Path> folders = roots.stream().map(ModuleRoot::parse).filter(r -> r instanceof ModuleRoot.Directory)
                .map(r -> ((ModuleRoot.Directory) r).path()).toList();
        return LintConfig.forRoots(folders).withRunnerSetsLockTimeout(db.migrationLockTimeoutMs() > 0);
    }

    /** Lints already discovered modules. */
    static LintReport lint(ModuleSet modules, List<String> roots, DatabaseConfig db, String module) {
        return new Linter(config(roots, db)).lint(modules, module);
    }
}
