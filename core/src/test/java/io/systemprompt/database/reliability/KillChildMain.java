package io.systemprompt.database.reliability;

import io.systemprompt.database.data.RestoreOptions;
import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.ImportOptions;
import io.systemprompt.database.data.OnConflict;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The process {@link KillHarness} kills: opens the database the environment names, prints
 * {@code READY}, runs one operation ({@code migrate}, {@code import <path>}, {@code restore <archive>}
 * or {@code rebuild}) and prints {@code DONE <ms>} once it has returned.
 */
public final class KillChildMain {
    private KillChildMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.fromEnvironment().toBuilder().autoMigrate(false).build())) {
            DataOperations ops = new DataOperations(db);
            System.out.println("READY");
            System.out.flush();
            long start = System.nanoTime();
            switch (args[0]) {
                case "migrate" -> db.migrationService().migrate().orThrow();
                case "import" -> ops.importData(new ImportOptions(List.of(Path.of(args[1])), OnConflict.FAIL, false),
                        p -> { });
                case "restore" -> ops.restore(RestoreOptions.from(Path.of(args[1])).replacing(), p -> { });
                case "rebuild" -> ops.rebuild();
                default -> throw new IllegalArgumentException("Unknown operation " + args[0]);
            }
            System.out.println("DONE " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            System.out.flush();
        }
    }
}
