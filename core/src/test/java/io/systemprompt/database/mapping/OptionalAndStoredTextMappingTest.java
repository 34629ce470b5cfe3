package io.systemprompt.database.mapping;

import io.systemprompt.database.Database;
import io.systemprompt.database.MappingException;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-written records with Optional components and enums stored as text other than their names. */
class OptionalAndStoredTextMappingTest {
    @TempDir
    Path dir;

    /** Stored as lower-case text with a dash. */
    public enum Phase implements StoredText {
        IN_PROGRESS("in-progress"), DONE("done");

        private final String text;

        Phase(String text) {
            this.text = text;
        }

        @Override
        public String storedText() {
            return text;
        }
    }

    public record Task(long id, Phase phase, Optional<String> note, Optional<Long> points, Optional<Instant> due,
            Optional<Phase> next) {
    }

    @SuppressWarnings("rawtypes")
    public record Raw(long id, Optional note) {
    }

    @Test
    void optionalComponentsAndStoredTextEnumsMapBothWays() {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, phase TEXT NOT NULL, note TEXT, points INTEGER,"
                    + " due TIMESTAMP, next TEXT)");
            Instant due = Instant.parse("2024-01-02T03:04:05.678Z");
            db.execute("INSERT INTO tasks VALUES (1, ?, NULL, NULL, NULL, NULL)", Phase.IN_PROGRESS);
            db.execute("INSERT INTO tasks VALUES (2, ?, ?, ?, ?, ?)", Phase.DONE, Optional.of("n"), Optional.of(3L),
                    Optional.of(due), Optional.of(Phase.IN_PROGRESS));
            db.execute("INSERT INTO tasks VALUES (3, 'DONE', ?, ?, ?, ?)", Optional.empty(), null, Optional.empty(),
                    Optional.empty());
            assertThat(db.queryValue("SELECT phase FROM tasks WHERE id = 1", String.class)).contains("in-progress");
            List<Task> tasks = db.query("SELECT * FROM tasks ORDER BY id", Task.class);
            assertThat(tasks).containsExactly(
                    new Task(1, Phase.IN_PROGRESS, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                    new Task(2, Phase.DONE, Optional.of("n"), Optional.of(3L), Optional.of(due),
                            Optional.of(Phase.IN_PROGRESS)),
                    new Task(3, Phase.DONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            assertThat(db.queryValue("SELECT phase FROM tasks WHERE id = 2", Phase.class)).contains(Phase.DONE);
            assertThatThrownBy(() -> db.query("SELECT id, note FROM tasks", Raw.class))
                    .isInstanceOf(MappingException.class).hasMessageContaining("note")
                    .hasMessageContaining("Optional<String>");
            db.execute("UPDATE tasks SET phase = 'unknown' WHERE id = 3");
            assertThatThrownBy(() -> db.query("SELECT * FROM tasks WHERE id = 3", Task.class))
                    .isInstanceOf(MappingException.class).hasMessageContaining("'unknown' is not a constant of Phase");
        }
    }
}
