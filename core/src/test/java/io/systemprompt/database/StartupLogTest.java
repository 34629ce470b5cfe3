package io.systemprompt.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.migrate.MigrationException;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** What opening a database says about automatic migration, and out-of-order migrations. */
class StartupLogTest {
    @TempDir
    Path dir;

    /** Keeps every line at every level. */
    static final class Captured extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        final List<String> lines = new ArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                Throwable t) {
            lines.add(level + " " + MessageFormatter.basicArrayFormat(pattern, args));
        }

        @Override public boolean isTraceEnabled() { return true; }
        @Override public boolean isDebugEnabled() { return true; }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public boolean isErrorEnabled() { return true; }
    }

    private DatabaseConfigBuilder config(ModuleTree tree) {
        return TestDatabases.sqlite(dir).moduleRoots(List.of(tree.root().toString()));
    }

    private static List<String> migrate(Database db) {
        Captured log = new Captured();
        StartupLog.log(log, db.config(), db.migrationService().migrate(), System.nanoTime());
        return log.lines;
    }

    @Test
    void infoForWorkDoneDebugWhenNothingIsPendingWarnForOutOfOrder() {
        ModuleTree tree = new ModuleTree(dir.resolve("modules"));
        tree.module("core/notes").schema("CREATE TABLE notes (id INTEGER PRIMARY KEY);\n")
                .migration("002_b.sql", "ALTER TABLE notes ADD COLUMN b TEXT;\n");
        try (Database db = Database.open(config(tree).build())) {
            assertThat(migrate(db)).singleElement().asString().startsWith("INFO Auto-migrate (sqlite, ")
                    .contains("installed 1 module(s) [core/notes], applied 1 migration(s) [core/notes 002]");
            assertThat(migrate(db)).singleElement().asString().startsWith("DEBUG ").contains("nothing pending");
            tree.module("core/notes").migration("001_a.sql", "ALTER TABLE notes ADD COLUMN a TEXT;\n");
        }
        try (Database db = Database.open(config(tree).refuseOutOfOrder(true).build())) {
            assertThatThrownBy(() -> db.migrationService().migrate()).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("core/notes 001_a.sql is pending but 002_b.sql")
                    .hasMessageContaining("Nothing was run")
                    .satisfies(e -> assertThat(((MigrationException) e).reason())
                            .isEqualTo(MigrationException.Reason.OUT_OF_ORDER));
            assertThat(db.queryValue("SELECT count(*) FROM _migrations", Long.class)).contains(1L);
        }
        try (Database db = Database.open(config(tree).build())) {
            List<String> lines = migrate(db);
            assertThat(lines).anyMatch(l -> l.startsWith("WARN ") && l.contains("001_a.sql") && l.contains("out of order"));
            assertThat(lines).anyMatch(l -> l.startsWith("INFO ") && l.contains("[core/notes 001]"));
        }
    }
}
