package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.ImportOptions;
import io.systemprompt.database.data.ImportResult;
import io.systemprompt.database.data.ImportedTable;
import io.systemprompt.database.data.OnConflict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code spdb data import}: load data files in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load data files into their tables in one transaction, parents first.",
                "Files are as 'spdb data export' writes them; each holds the table it is named after. A bad row fails the whole import, naming the file, line and column; nothing is written then."},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb data import export                       every data file in the folder",
                "  spdb data import users.csv events.jsonl.gz",
                "  spdb data import export --dry-run            validate only; writes nothing",
                "  spdb data import export --on-conflict update  overwrite rows with the same key"})
final class DataImportCommand extends DbCommand {

    @Parameters(paramLabel = "<file-or-folder>", arity = "1..*", description = "Data files, or folders of them.")
    List<Path> paths;

    @Option(names = "--on-conflict", paramLabel = "fail|skip|update", defaultValue = "fail",
            description = "A row whose key exists: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    OnConflict onConflict;

    @Option(names = "--dry-run", description = "Read, check and insert everything, then roll back.")
    boolean dryRun;

    @Override
    int run(Database db, Output out) {
        DataProgress progress = new DataProgress(out);
        ImportResult r = new DataOperations(db).importData(new ImportOptions(paths, onConflict, dryRun), progress);
        Listing tables = Listing.of(r.tables(), t -> Docs.map("name", t.table(), "file", t.file().toString(),
                        "rows", t.rows(), "written", t.written(), "skipped", t.skipped()),
                t -> List.of(t.table(), t.file().toString(), t.rows(), t.written(), t.skipped()));
        if (out.json()) {
            out.document(Docs.map("command", "data import", "dryRun", dryRun, "onConflict",
                    onConflict.name().toLowerCase(java.util.Locale.ROOT), "tables", tables.docs(), "rows", r.rows(),
                    "durationMs", r.elapsed().toMillis()));
        } else {
            out.rows(List.of("table", "file", "rows", "written", "skipped"), tables.rows());
            long written = r.tables().stream().mapToLong(ImportedTable::written).sum();
            out.note(dryRun ? "Dry run: " + r.rows() + " rows are valid; nothing was written."
                    : "Imported " + r.rows() + " rows into " + r.tables().size() + " tables in "
                    + DataProgress.duration(r.elapsed()) + (onConflict != OnConflict.SKIP ? "." : ": " + written
                    + " written, " + (r.rows() - written) + " skipped as existing."));
        }
        return 0;
    }
}
