package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.data.DataFormat;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.ExportOptions;
import io.systemprompt.database.data.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code spdb data export}: tables to JSON Lines, CSV or SQL files, streaming. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write tables to JSON Lines, CSV or SQL files, one per table, streaming.",
                "Files are named <table>.jsonl, .csv or .sql (.gz with --gzip); parents come before children and all "
                        + "tables are one consistent snapshot. Streams: tables larger than memory are fine. Timestamps are ISO-8601 UTC, booleans true/false, "
                        + "blobs base64 (X'..' in SQL), NULL distinct from the empty string (CSV: empty unquoted field = "
                        + "NULL, \"\" = empty)."},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb data export                               every module table as JSON Lines into ./export",
                "  spdb data export --table users,events --data-format csv --out /tmp/csv",
                "  spdb data export --data-format sql --gzip --out dump"})
final class DataExportCommand extends DbCommand {

    @Option(names = "--out", paramLabel = "<dir>", defaultValue = "export",
            description = "The folder to write to (created if missing). Default: ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--table", paramLabel = "<name>", split = ",",
            description = "A table to export (repeatable or comma-separated). Default: every module table.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--data-format", paramLabel = "jsonl|csv|sql", defaultValue = "jsonl",
            description = "The file format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    DataFormat format;

    @Option(names = "--gzip", description = "Compress each file with gzip.")
    boolean gzip;

    @Override
    int run(Database db, Output out) {
        DataProgress progress = new DataProgress(out);
        ExportResult r = new DataOperations(db).export(new ExportOptions(dir, tables, format, gzip), progress);
        Listing listing = Listing.of(r.tables(),
                t -> Docs.map("name", t.table(), "file", t.file().toString(), "rows", t.rows(), "bytes", t.bytes()),
                t -> List.of(t.table(), t.file().toString(), t.rows(), DataProgress.bytes(t.bytes())));
        if (out.json()) {
            out.document(Docs.map("command", "data export", "format", format.extension(), "gzip", gzip,
                    "tables", listing.docs(), "rows", r.rows(), "durationMs", r.elapsed().toMillis()));
        } else {
            out.rows(List.of("table", "file", "rows", "size"), listing.rows());
            out.note("Exported " + r.rows() + " rows from " + r.tables().size() + " tables in "
                    + DataProgress.duration(r.elapsed()) + ".");
        }
        return 0;
    }
}
