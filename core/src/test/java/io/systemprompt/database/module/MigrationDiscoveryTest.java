package io.systemprompt.database.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.script.SqlFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDiscoveryTest {
    @TempDir
    Path dir;

    private static List<String> names(DatabaseModule m) {
        return m.migrations().stream().map(Migration::fileName).toList();
    }

    @Test
    void migrationsAreOrderedNumerically() {
        DatabaseModule m = new ModuleTree(dir).module("m")
                .file("m/database/migrations/10_ten.sql", "SELECT 10;")
                .file("m/database/migrations/2_two.sql", "SELECT 2;")
                .file("m/database/migrations/1.10_one_ten.sql", "SELECT 1.10;")
                .file("m/database/migrations/1.2_one_two.sql", "SELECT 1.2;")
                .file("m/database/migrations/001_one.sql", "SELECT 1;")
                .discover().get("m").orElseThrow();
        assertThat(names(m)).containsExactly(
                "001_one.sql", "1.2_one_two.sql", "1.10_one_ten.sql", "2_two.sql", "10_ten.sql");
        Migration first = m.migrations().get(0);
        assertThat(first.moduleKey()).isEqualTo("m");
        assertThat(first.version().text()).isEqualTo("001");
        assertThat(first.description()).isEqualTo("one");
        assertThat(first.up().generic().content()).isEqualTo("SELECT 1;");
        assertThat(first.up().generic().checksum()).isEqualTo(SqlFile.sha256("SELECT 1;"));
    }

    @Test
    void rollbacksAreAttachedNotListed() {
        DatabaseModule m = new ModuleTree(dir).module("m")
                .file("m/database/migrations/001_add_priority.sql", "ALTER TABLE t ADD COLUMN p INTEGER;")
                .file("m/database/migrations/001_add_priority.rollback.sql", "ALTER TABLE t DROP COLUMN p;")
                .file("m/database/migrations/002_no_down.sql", "SELECT 2;")
                .file("m/database/migrations/README.md", "ignored")
                .file("m/database/migrations/old/x.sql", "ignored: sub-folders are not read")
                .discover().get("m").orElseThrow();
        assertThat(names(m)).containsExactly("001_add_priority.sql", "002_no_down.sql");
        Migration withDown = m.migrations().get(0);
        assertThat(withDown.rollback().generic().fileName()).isEqualTo("001_add_priority.rollback.sql");
        assertThat(withDown.rollbackFor(EngineType.SQLITE).orElseThrow().content())
                .isEqualTo("ALTER TABLE t DROP COLUMN p;");
        assertThat(m.migrations().get(1).rollback()).isNull();
        assertThat(m.migrations().get(1).rollbackFor(EngineType.POSTGRES)).isEmpty();
    }

    @Test
    void engineOverridesWinOnTheirEngine() {
        DatabaseModule m = new ModuleTree(dir).module("m")
                .file("m/database/schema.postgres.sql", "CREATE TABLE t (id BIGSERIAL);")
                .file("m/database/init.sql", "INSERT INTO t VALUES (1);")
                .file("m/database/init.sqlite.sql", "INSERT OR IGNORE INTO t VALUES (1);")
                .file("m/database/migrations/001_x.sql", "generic up")
                .file("m/database/migrations/001_x.postgres.sql", "postgres up")
                .file("m/database/migrations/001_x.rollback.sql", "generic down")
                .file("m/database/migrations/001_x.sqlite.rollback.sql", "sqlite down")
                .file("m/database/migrations/001_x.postgres.rollback.sql", "postgres down")
                .discover().get("m").orElseThrow();
        assertThat(m.schema().forEngine(EngineType.POSTGRES).orElseThrow().content()).contains("BIGSERIAL");
        assertThat(m.schema().forEngine(EngineType.SQLITE).orElseThrow().content()).contains("INTEGER");
        assertThat(m.schema().hasOverride(EngineType.POSTGRES)).isTrue();
        assertThat(m.schema().hasOverride(EngineType.SQLITE)).isFalse();
        assertThat(m.init().forEngine(EngineType.SQLITE).orElseThrow().fileName()).isEqualTo("init.sqlite.sql");
        assertThat(m.init().forEngine(EngineType.POSTGRES).orElseThrow().fileName()).isEqualTo("init.sql");
        Migration x = m.migrations().get(0);
        assertThat(m.migrations()).hasSize(1);
        assertThat(x.fileName()).isEqualTo("001_x.sql");
        assertThat(x.upFor(EngineType.POSTGRES).orElseThrow().content()).isEqualTo("postgres up");
        assertThat(x.upFor(EngineType.SQLITE).orElseThrow().content()).isEqualTo("generic up");
        assertThat(x.rollbackFor(EngineType.SQLITE).orElseThrow().content()).isEqualTo("sqlite down");
        assertThat(x.rollbackFor(EngineType.POSTGRES).orElseThrow().content()).isEqualTo("postgres down");
        assertThat(x.up().all()).hasSize(2);
    }

    @Test
    void noTransactionMarkerIsReadFromLeadingCommentsOfTheChosenFile() {
        DatabaseModule m = new ModuleTree(dir).module("m")
                .file("m/database/migrations/001_a.sql", "CREATE INDEX i ON t(a);")
                .file("m/database/migrations/001_a.postgres.sql",
                        "-- builds without blocking writes\n\n--   SPDB:no-transaction\nCREATE INDEX CONCURRENTLY i ON t(a);")
                .file("m/database/migrations/002_b.sql", "CREATE INDEX j ON t(b);\n-- spdb:no-transaction\n")
                .discover().get("m").orElseThrow();
        assertThat(m.migrations().get(0).noTransaction(EngineType.POSTGRES)).isTrue();
        assertThat(m.migrations().get(0).noTransaction(EngineType.SQLITE)).isFalse();
        assertThat(m.migrations().get(1).noTransaction(EngineType.SQLITE)).isFalse();
    }

    @Test
    void filesAreNormalisedBeforeHashing() {
        DatabaseModule m = new ModuleTree(dir).module("m")
                .file("m/database/init.sql", "\uFEFFINSERT INTO t VALUES (1);\r\nINSERT INTO t VALUES (2);\r\n")
                .discover().get("m").orElseThrow();
        SqlFile init = m.init().generic();
        assertThat(init.content()).isEqualTo("INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);\n");
        assertThat(init.checksum()).isEqualTo(SqlFile.sha256(init.content()));
        assertThat(init.location()).isEqualTo(dir.resolve("m/database/init.sql").toString());
    }

    @Test
    void descriptorWithBomAndCrlfParses() {
        DatabaseModule m = new ModuleTree(dir)
                .file("a/module.yaml", "\uFEFFname: a\r\nversion: 2.0.0\r\ndependencies:\r\n  - b\r\n")
                .module("b").discover().get("a").orElseThrow();
        assertThat(m.version()).isEqualTo("2.0.0");
        assertThat(m.dependencies()).containsExactly("b");
    }
}
