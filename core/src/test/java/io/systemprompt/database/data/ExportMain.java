package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.TestDatabases;

import java.nio.file.Path;
import java.util.List;

/** Exports every table of a SQLite database; run in a small-heap JVM by {@link StreamingExportTest}. */
public final class ExportMain {
    private ExportMain() {
    }

    /** Arguments: the database folder, the module root, the output folder. */
    public static void main(String[] args) {
        try (Database db = Database.open(TestDatabases.sqlite(Path.of(args[0])).moduleRoots(List.of(args[1])).build())) {
            ExportResult r = new DataOperations(db).export(new ExportOptions(Path.of(args[2]), List.of(),
                    DataFormat.JSONL, false), ProgressListener.NONE);
            System.out.println("rows=" + r.rows());
        }
    }
}
