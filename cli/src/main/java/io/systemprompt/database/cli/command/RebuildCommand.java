package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.RebuildResult;
import io.systemprompt.database.cli.option.YesOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code spdb rebuild}: drop everything and install every module again from the module roots. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Drop everything and install all modules again from the module roots.",
                "Drops every table, view and trigger (tables no module declares and the tracking tables too), then "
                        + "installs all module schemas and applies all migrations, in one transaction. VACUUMs SQLite. ALL DATA IS LOST. Asks first on a terminal; needs --yes otherwise."},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb rebuild               asks, then rebuilds",
                "  spdb rebuild --yes --format json"})
final class RebuildCommand extends DbCommand {

    @Mixin
    YesOption yes;

    @Override
    int run(Database db, Output out) {
        if (!Confirm.ask(yes.given(), "rebuild", "Drop every table, view and trigger in " + db.config().describeLocation()
                + " and install the modules again? All data is lost.")) {
            out.note("Cancelled: nothing was dropped.");
            return 1;
        }
        long start = System.nanoTime();
        RebuildResult r = new DataOperations(db).rebuild();
        if (out.json()) {
            out.document(Docs.map("command", "rebuild", "tablesDropped", r.tablesDropped(),
                    "viewsDropped", r.viewsDropped(), "triggersDropped", r.triggersDropped(),
                    "modulesInstalled", r.modules(), "migrationsApplied", r.migrations(),
                    "durationMs", Docs.millisSince(start)));
        } else {
            out.note("Dropped " + r.tablesDropped() + " tables, " + r.viewsDropped() + " views and "
                    + r.triggersDropped() + " triggers; installed " + r.modules() + " modules and applied "
                    + r.migrations() + " migrations.");
        }
        return 0;
    }
}
