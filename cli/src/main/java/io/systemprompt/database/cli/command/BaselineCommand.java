package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.migrate.BaselineEntry;
import io.systemprompt.database.migrate.BaselineOptions;
import io.systemprompt.database.migrate.BaselineEntry.State;
import io.systemprompt.database.migrate.BaselineResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spdb baseline}: adopt a database whose tables already exist. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Adopt a database whose tables already exist: record as installed or applied the module"
                + " schemas and migrations whose objects are all present with compatible columns.",
                "Module SQL never runs on the database; it runs on a scratch SQLite database to see what it creates."},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb baseline --dry-run     what would be marked, what differs, what stays pending",
                "  spdb baseline               record it; then 'spdb migrate' runs what is pending"})
final class BaselineCommand extends DbCommand {

    @Option(names = "--dry-run", description = "Show the same table and write nothing.")
    boolean dryRun;

    @Override
    int run(Database db, Output out) {
        BaselineResult result = db.migrationService().baseline(new BaselineOptions(dryRun));
        if (out.json()) {
            List<Object> docs = new ArrayList<>();
            result.entries().forEach(e -> docs.add(Docs.map("module", e.module(), "item", e.item(),
                    "state", label(e.state()), "differences", e.differences())));
            out.document(Docs.map("command", "baseline", "dryRun", dryRun, "entries", docs));
            return 0;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (BaselineEntry e : result.entries()) {
            rows.add(List.of(label(e.state()), e.module(), e.item(),
                    e.differences().isEmpty() ? "-" : String.join("; ", e.differences())));
        }
        out.rows(List.of("state", "module", "item", "details"), rows);
        out.note((dryRun ? "Dry run, nothing written: " : "") + result.entries(State.MARKED).size() + " marked, "
                + result.entries(State.DIFFERS).size() + " differ, " + result.entries(State.PENDING).size()
                + " pending, " + result.entries(State.RECORDED).size() + " already recorded."
                + (result.entries(State.DIFFERS).isEmpty() ? "" : " Make the differing objects match the module"
                        + " SQL (or the other way round), then run baseline again."));
        return 0;
    }

    private static String label(State state) {
        return state == State.DIFFERS ? "differs" : state.name().toLowerCase(Locale.ROOT);
    }
}
