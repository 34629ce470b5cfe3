package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.PostgresPerClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import summary counts rows written through pgjdbc's rewritten batches (SUCCESS_NO_INFO). */
class PostgresImportCountTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @TempDir
    Path dir;

    @Test
    void batchedRowsAreCountedAsWritten() throws Exception {
        Path modules = dir.resolve("modules");
        new io.systemprompt.database.testing.ModuleTree(modules).module("core/c").yaml("version: 1.0.0\n")
                .schema("CREATE TABLE counted (id INTEGER PRIMARY KEY, name TEXT);\n");
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/counted.jsonl"),
                "{\"id\":1,\"name\":\"a\"}\n{\"id\":2,\"name\":\"b\"}\n{\"id\":3,\"name\":\"c\"}\n");
        try (Database db = Database.open(PG.freshConfig().moduleRoots(List.of(modules.toString()))
                .autoMigrate(true).build())) {
            ImportResult r = new DataOperations(db).importData(new ImportOptions(List.of(dir.resolve("in")),
                    OnConflict.FAIL, false), ProgressListener.NONE);
            assertThat(r.tables()).singleElement().satisfies(t -> {
                assertThat(t.rows()).isEqualTo(3);
                assertThat(t.written()).isEqualTo(3);
            });
        }
    }
}
