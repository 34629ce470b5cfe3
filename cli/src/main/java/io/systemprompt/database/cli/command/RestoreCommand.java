package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.LoadResult;
import io.systemprompt.database.data.RestoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code spdb restore}: load a backup archive, verified first, in one transaction. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore an archive written by 'spdb backup', on either engine.",
                "The whole archive is verified (manifest, SHA-256 of every file, row counts) before anything is "
                        + "touched. An empty database is filled; a non-empty one is replaced, which asks first on a "
                        + "terminal and needs --yes otherwise. One transaction: a failure leaves the database as it was."},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb restore backups/nightly.zip",
                "  spdb restore backups/nightly.zip --yes        replace the current database"})
final class RestoreCommand extends DbCommand {

    @Parameters(paramLabel = "<archive>", description = "The archive (.zip) to restore.")
    Path archive;

    @Option(names = {"-y", "--yes"}, description = "Replace a non-empty database without asking.")
    boolean yes;

    @Override
    int run(Database db, Output out) {
        DataOperations data = new DataOperations(db);
        boolean replace = !data.isEmpty();
        if (replace && !Confirm.ask(yes, "restore", "Replace the " + data.tableCount() + " tables of "
                + db.config().describeLocation() + " with " + archive + "?")) {
            out.note("Cancelled: nothing was changed.");
            return 1;
        }
        LoadResult r = data.restore(RestoreOptions.from(archive).replace(replace), new DataProgress(out));
        Listing tables = Listing.of(r.tables(), t -> Docs.map("name", t.table(), "rows", t.rows()),
                t -> List.of(t.table(), t.rows()));
        if (out.json()) {
            out.document(Docs.map("command", "restore", "archive", archive.toString(), "replaced", r.replaced(),
                    "modulesInstalled", r.modules(), "migrationsApplied", r.migrations(), "tables", tables.docs(),
                    "rows", r.rows(), "verified", true, "durationMs", r.elapsed().toMillis()));
        } else {
            out.rows(List.of("table", "rows"), tables.rows());
            out.note("Restored " + r.rows() + " rows in " + r.tables().size() + " tables from " + archive
                    + (r.replaced() ? ", replacing the previous database" : "") + "; counts and checksums verified.");
        }
        return 0;
    }
}
