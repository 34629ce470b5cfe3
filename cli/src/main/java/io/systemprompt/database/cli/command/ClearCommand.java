package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.data.ClearOptions;
import io.systemprompt.database.data.ClearResult;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.cli.option.YesOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code spdb clear}: delete every row of the module tables, keeping the schema. */
@Command(name = "clear", mixinStandardHelpOptions = true,
        description = {"Delete all rows from the module tables and keep the schema.",
                "Foreign-key safe, in one transaction. The tracking tables (_schema_versions, _migrations) stay unless --all. Asks first on a "
                        + "terminal; needs --yes otherwise."},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb clear                 asks, then empties the module tables",
                "  spdb clear --yes           in a script",
                "  spdb clear --all --yes     the tracking tables too (the next migrate installs again)"})
final class ClearCommand extends DbCommand {

    @Option(names = "--all", description = "Also empty _schema_versions and _migrations.")
    boolean all;

    @Mixin
    YesOption yes;

    @Override
    int run(Database db, Output out) {
        DataOperations data = new DataOperations(db);
        String what = all ? "every table, the tracking tables included," : "every module table";
        if (!Confirm.ask(yes.given(), "clear", "Delete all rows of " + what + " in " + db.config().describeLocation() + "?")) {
            out.note("Cancelled: nothing was deleted.");
            return 1;
        }
        long start = System.nanoTime();
        ClearResult r = data.clear(new ClearOptions(all));
        Listing tables = new Listing();
        r.rowsByTable().forEach((t, n) -> tables.add(Docs.map("name", t, "rows", n), List.of(t, n)));
        if (out.json()) {
            out.document(Docs.map("command", "clear", "includeTracking", all, "tables", tables.docs(), "rows", r.rows(),
                    "durationMs", Docs.millisSince(start)));
        } else {
            out.rows(List.of("table", "rows deleted"), tables.rows());
            out.note("Deleted " + r.rows() + " rows from " + r.rowsByTable().size() + " tables"
                    + (all ? ", the tracking tables included." : "; the tracking tables were kept."));
        }
        return 0;
    }

}
