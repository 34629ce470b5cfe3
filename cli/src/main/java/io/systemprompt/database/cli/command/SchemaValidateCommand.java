package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationState;
import io.systemprompt.database.migrate.MigrationStatus;
import io.systemprompt.database.migrate.ModuleState;
import io.systemprompt.database.migrate.ModuleStatus;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code spdb schema validate}: file drift since install (edited schema, init or migration files,
 * missing modules), plus drift of the live catalog against what the modules' SQL declares.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Report file drift since install and catalog drift of the live database against the"
                + " modules' SQL. Exits 1 when anything drifted.",
        footerHeading = "%nExamples:%n", footer = {"  spdb schema validate", "  spdb schema validate --format json"})
final class SchemaValidateCommand extends DbCommand {

    @Override
    int run(Database db, Output out) {
        MigrationPlan plan = db.migrationService().status();
        List<Object> files = fileDrift(plan);
        CatalogDrift drift = CatalogDrift.of(db, plan, connection);
        List<String> catalog = drift.differences();
        boolean clean = files.isEmpty() && catalog.isEmpty();
        if (out.json()) {
            out.document(Docs.map("command", "schema validate", "valid", clean, "fileDrift", files,
                    "catalogDrift", catalog, "catalogSkipped", drift.skipped()));
        } else {
            print(out, files, catalog);
            if (drift.skipped() != null) {
                out.note(out.style().yellow("note") + "  catalog not compared: " + drift.skipped() + ".");
            }
        }
        if (!clean) {
            throw CliException.failure("Schema validation found " + files.size() + " file drift(s) and "
                    + catalog.size() + " catalog difference(s).",
                    files.isEmpty() ? "change the database only through module migrations, or add the missing"
                            + " migration; 'spdb view <table> --schema-only' shows a live table."
                            : "change schemas through migrations; 'spdb migrate repair' accepts edited files.", null);
        }
        return 0;
    }

    private static void print(Output out, List<Object> files, List<String> catalog) {
        for (Object f : files) {
            java.util.Map<?, ?> m = (java.util.Map<?, ?>) f;
            out.data("file drift     " + m.get("module") + " " + m.get("file") + ": " + m.get("state")
                    + (m.get("detail") == null ? "" : " (" + m.get("detail") + ")"));
        }
        catalog.forEach(c -> out.data("catalog drift  " + c));
        if (files.isEmpty() && catalog.isEmpty()) {
            out.note("Valid: no file drift since install, and no catalog difference found.");
        }
    }

    private static List<Object> fileDrift(MigrationPlan plan) {
        List<Object> list = new ArrayList<>();
        for (ModuleStatus m : plan.modules()) {
            if (m.state() == ModuleState.CHANGED || m.state() == ModuleState.MISSING) {
                list.add(Docs.map("module", m.key(), "file", "schema", "state", m.state(), "detail", m.detail()));
            }
        }
        for (MigrationStatus m : plan.migrations()) {
            if (m.state() == MigrationState.CHANGED || m.state() == MigrationState.MISSING) {
                list.add(Docs.map("module", m.module(), "file", m.fileName(), "state", m.state(), "detail", null));
            }
        }
        return list;
    }
}
