package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.data.BackupResult;
import io.systemprompt.database.data.DataOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code spdb backup}: an engine-neutral archive, or a SQLite file copy. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the database while it is in use.",
                "A file ending in .db, .sqlite or .sqlite3 gets a consistent SQLite copy (VACUUM INTO; SQLite "
                        + "only). Any other name (use .zip) gets an engine-neutral archive: manifest.json (engine, time, "
                        + "module and migration history, per-table row counts and SHA-256) and every table as JSON Lines; "
                        + "'spdb restore' reads it on either engine."},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb backup backups/nightly.zip",
                "  spdb backup backups/copy.db          SQLite only: a ready-to-open database file"})
final class BackupCommand extends DbCommand {

    @Parameters(paramLabel = "<file>", description = "The file to write; .zip for an archive.")
    Path file;

    @Override
    int run(Database db, Output out) {
        DataOperations data = new DataOperations(db);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean sqliteCopy = name.endsWith(".db") || name.endsWith(".sqlite") || name.endsWith(".sqlite3");
        BackupResult r = sqliteCopy ? data.backupSqliteFile(file) : data.backup(file, new DataProgress(out));
        Listing tables = Listing.of(r.tables(), t -> Docs.map("name", t.table(), "rows", t.rows(), "sha256", t.sha256()),
                t -> List.of(t.table(), t.rows(), t.sha256().substring(0, 16)));
        if (out.json()) {
            out.document(Docs.map("command", "backup", "file", r.file().toString(), "kind",
                    r.archive() ? "archive" : "sqlite", "bytes", r.bytes(), "tables", tables.docs(), "rows", r.rows(),
                    "durationMs", r.elapsed().toMillis()));
            return 0;
        }
        if (r.archive()) {
            out.rows(List.of("table", "rows", "sha256"), tables.rows());
        }
        out.note("Wrote " + (r.archive() ? "the archive " : "the SQLite copy ") + r.file() + " ("
                + DataProgress.bytes(r.bytes()) + (r.archive() ? ", " + r.rows() + " rows" : "") + ") in "
                + DataProgress.duration(r.elapsed()) + ".");
        return 0;
    }
}
