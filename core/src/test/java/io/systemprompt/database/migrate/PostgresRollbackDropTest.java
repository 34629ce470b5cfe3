package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresPerClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rollback that drops a table keeps SQLite's meaning on PostgreSQL: the module's own views and
 * foreign keys on the table go with it; another module's are named and the step is refused.
 */
class PostgresRollbackDropTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @TempDir
    Path dir;

    private ModuleTree baseModule() {
        ModuleTree tree = new ModuleTree(dir);
        tree.module("shop/base")
                .schema("CREATE TABLE base_items (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);")
                .migration("001_tags.sql", "CREATE TABLE base_tags (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT);\n"
                        + "CREATE TABLE base_item_tags (item_id INTEGER REFERENCES base_items(id),"
                        + " tag_id INTEGER REFERENCES base_tags(id));\n"
                        + "CREATE VIEW base_tag_labels AS SELECT label FROM base_tags;\n"
                        + "CREATE VIEW base_tag_count AS SELECT count(*) AS n FROM base_tag_labels;\n")
                .migration("001_tags.rollback.sql", "DROP TABLE base_tags;\nDROP TABLE base_item_tags;\n");
        return tree;
    }

    @Test
    void theModulesOwnDependentsGoWithTheTable() {
        baseModule();
        try (Database pg = Database.open(PG.freshConfig().moduleRoots(List.of(dir.toString())).build())) {
            pg.migrationService().migrate().orThrow();
            MigrationResult back = pg.migrationService().rollback(1, "shop/base", false, false);
            assertThat(back.failures()).isEmpty();
            assertThat(back.applied()).hasSize(1);
            assertThat(pg.queryValue("SELECT count(*) FROM pg_class WHERE relname IN ('base_tags', 'base_item_tags',"
                    + " 'base_tag_labels', 'base_tag_count')", Long.class)).contains(0L);
            assertThat(pg.migrationService().applied()).isEmpty();
        }
    }

    @Test
    void anotherModulesViewOrForeignKeyIsNamedAndNothingIsDropped() {
        baseModule().module("shop/reports").deps("shop/base")
                .schema("CREATE VIEW reports_tags AS SELECT label FROM base_tag_labels;\n"
                        + "CREATE TABLE reports_pins (tag_id INTEGER REFERENCES base_tags(id));\n");
        try (Database pg = Database.open(PG.freshConfig().moduleRoots(List.of(dir.toString())).build())) {
            pg.migrationService().migrate().orThrow();
            MigrationResult back = pg.migrationService().rollback(1, "shop/base", false, false);
            assertThat(back.applied()).isEmpty();
            assertThat(back.failures()).singleElement().satisfies(e -> assertThat(e.getMessage())
                    .contains("001_tags.rollback.sql:1:1").contains("cannot drop table base_tags")
                    .contains("foreign key reports_pins_tag_id_fkey of table reports_pins")
                    .contains("view reports_tags").doesNotContain("view base_tag_labels"));
            assertThat(pg.queryValue("SELECT count(*) FROM pg_class WHERE relname IN ('base_tags', 'base_tag_labels',"
                    + " 'reports_tags')", Long.class)).contains(3L);
            assertThat(pg.migrationService().applied()).hasSize(1);
        }
    }
}
