package io.systemprompt.database.identity;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresPerClass;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translated rowid tables on PostgreSQL: plain identity columns with no per-row trigger, and SQLite's
 * "the next id follows the largest" rule kept for ids written by module scripts.
 */
class PostgresIdentityTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @TempDir
    Path dir;

    private static final String TRIGGERS = "SELECT coalesce(string_agg(c.relname || '.' || t.tgname, ',' ORDER BY"
            + " c.relname, t.tgname), '') FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal";

    @Test
    void exampleModulesHaveOnlyTheirDeclaredTriggersAndNoFunctionOfTheirOwn() {
        try (Database pg = Database.open(PG.freshConfig().moduleRoots(List.of(TestDatabases.EXAMPLES)).build())) {
            pg.migrationService().migrate().orThrow();
            // core/users declares trg_users_updated_at; nothing else may exist.
            assertThat(pg.queryValue(TRIGGERS, String.class)).contains("users.trg_users_updated_at");
            assertThat(pg.queryValue("SELECT count(*) FROM pg_proc WHERE proname LIKE 'spdb%'", Long.class))
                    .contains(0L);
            assertThat(pg.queryValue("SELECT count(*) FROM information_schema.columns WHERE table_name ="
                    + " 'config_settings' AND column_name = 'id' AND is_identity = 'YES'", Long.class)).contains(1L);
        }
    }

    @Test
    void explicitIdsInInitAndMigrationsAreFollowedByImplicitOnes() {
        ModuleTree tree = new ModuleTree(dir);
        tree.module("shop/items")
                .schema("CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
                        + " active BOOLEAN NOT NULL DEFAULT 1, created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP);")
                .init("INSERT INTO items (id, name) VALUES (40, 'forty'), (41, 'forty-one');\n"
                        + "INSERT INTO items (name) VALUES ('implicit in init');\n"
                        + "INSERT INTO items VALUES (50, 'fifty', 1, CURRENT_TIMESTAMP);\n")
                .migration("001_seed.sql", "INSERT INTO items (id, name) VALUES (70, 'seventy');\n")
                .migration("002_more.sql", "INSERT INTO items (name) VALUES ('implicit in migration');\n");
        try (Database pg = Database.open(PG.freshConfig().moduleRoots(List.of(dir.toString())).build())) {
            pg.migrationService().migrate().orThrow();
            assertThat(pg.queryValue("SELECT id FROM items WHERE name = 'implicit in init'", Long.class))
                    .contains(42L);
            assertThat(pg.queryValue("SELECT id FROM items WHERE name = 'implicit in migration'", Long.class))
                    .contains(71L);
            assertThat(pg.insert("INSERT INTO items (name) VALUES (?)", "from the application")).isEqualTo(72L);
            assertThat(pg.queryValue(TRIGGERS, String.class)).contains("");
        }
    }

    @Test
    void olderPerRowTriggersAreDroppedByTheTrackingUpgrade() {
        ModuleTree tree = new ModuleTree(dir);
        tree.module("old/notes").schema("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);");
        try (Database pg = Database.open(PG.freshConfig().moduleRoots(List.of(dir.toString())).build())) {
            pg.migrationService().migrate().orThrow();
            // What the earlier translation left behind on every rowid table.
            pg.execute("CREATE FUNCTION spdb_advance_rowid() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $f$ BEGIN RETURN NEW; END $f$");
            pg.execute("CREATE TRIGGER spdb_rowid_notes BEFORE INSERT ON notes FOR EACH ROW"
                    + " EXECUTE FUNCTION spdb_advance_rowid('id')");
            assertThat(pg.queryValue(TRIGGERS, String.class)).contains("notes.spdb_rowid_notes");
            tree.module("old/notes").migration("001_body_index.sql", "CREATE INDEX notes_body ON notes (body);");
            pg.schemaService().discoverSchemas();
            assertThat(pg.migrationService().migrate().orThrow().applied()).hasSize(1);
            assertThat(pg.queryValue(TRIGGERS, String.class)).contains("");
            assertThat(pg.queryValue("SELECT count(*) FROM pg_proc WHERE proname = 'spdb_advance_rowid'", Long.class))
                    .contains(0L);
        }
    }
}
