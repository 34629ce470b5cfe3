package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.lint.LintReport;
import io.systemprompt.database.lint.Severity;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationState;
import io.systemprompt.database.migrate.MigrationStatus;
import io.systemprompt.database.migrate.ModuleState;
import io.systemprompt.database.migrate.ModuleStatus;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.module.ModuleSet;
import io.systemprompt.database.script.SqlFile;

import java.util.HashSet;
import java.util.Set;

/**
 * The lint line of {@code spdb migrate}: how many warnings and errors the files about to run have.
 * It never stops a run unless {@code --strict} asks for it.
 */
final class PendingLint {

    private PendingLint() {
    }

    /**
     * Prints one line when files are pending; with {@code strict}, refuses to go on when they have a
     * warning or an error.
     */
    static void check(Database db, String module, boolean strict, Output out) {
        LintReport report;
        try {
            MigrationPlan plan = db.migrationService().status();
            Set<String> pending = pendingFiles(plan, module);
            if (pending.isEmpty()) {
                return;
            }
            ModuleSet modules = db.migrationService().discover();
            report = LintModules.lint(modules, db.config().moduleRoots(), db.config(), null)
                    .filter(f -> pending.contains(f.file()));
        } catch (io.systemprompt.database.module.ModuleDiscoveryException e) {
            if (strict) {
                throw e;
            }
            return; // the run reports the same discovery error itself
        } catch (DatabaseException e) {
            if (strict) {
                throw e;
            }
            out.note(out.style().yellow("lint") + "        could not check the pending files: " + e.getMessage());
            return;
        }
        long problems = report.count(Severity.ERROR) + report.count(Severity.WARNING);
        out.note((problems == 0 ? "lint" : out.style().yellow("lint")) + "        " + report.count(Severity.ERROR)
                + " error(s), " + report.count(Severity.WARNING) + " warning(s) in the pending files"
                + (problems == 0 ? "." : "; spdb lint shows them."));
        if (strict && problems > 0) {
            throw CliException.failure("migrate --strict: the pending files have " + problems
                    + " lint warning(s) or error(s); nothing was run.", "run spdb lint and fix them, or accept"
                    + " them with -- spdb:lint-ignore <rule> <reason> (docs/lint.md).", null);
        }
    }

    private static Set<String> pendingFiles(MigrationPlan plan, String module) {
        Set<String> files = new HashSet<>();
        for (ModuleStatus m : plan.modules(ModuleState.PENDING)) {
            if (module == null || module.equals(m.key())) {
                add(files, m.module());
            }
        }
        for (MigrationStatus m : plan.migrations(MigrationState.PENDING)) {
            if ((module == null || module.equals(m.module())) && m.migration() != null) {
                m.migration().up().all().forEach(f -> files.add(f.location()));
            }
        }
        return files;
    }

    private static void add(Set<String> files, DatabaseModule m) {
        if (m == null) {
            return;
        }
        for (EngineFiles ef : new EngineFiles[] {m.schema(), m.init()}) {
            if (ef != null) {
                ef.all().stream().map(SqlFile::location).forEach(files::add);
            }
        }
    }
}
