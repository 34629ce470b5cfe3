package io.systemprompt.database.translate;

import io.systemprompt.database.script.TranslationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TriggerTranslationTest {
    private final Translations tr = new Translations();

    @BeforeEach
    void schema() {
        tr.of("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, archived BOOLEAN DEFAULT 0,"
            + " updated_at DATETIME DEFAULT CURRENT_TIMESTAMP, touched TEXT);"
            + "CREATE TABLE log (note_id INTEGER, what TEXT)");
    }

    @Test
    void updatedAtTriggerBecomesBeforeUpdateFunction() {
        List<String> out = tr.of("CREATE TRIGGER IF NOT EXISTS notes_touch AFTER UPDATE ON notes FOR EACH ROW\n"
            + "BEGIN\n  UPDATE notes SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;\nEND;");
        assertThat(out).containsExactly(
            "CREATE OR REPLACE FUNCTION \"notes_touch_fn\"() RETURNS trigger LANGUAGE plpgsql AS $spdb$\n"
                + "BEGIN\n  NEW.updated_at := CURRENT_TIMESTAMP;\n  RETURN NEW;\nEND\n$spdb$",
            "DROP TRIGGER IF EXISTS \"notes_touch\" ON \"notes\"",
            "CREATE TRIGGER \"notes_touch\" BEFORE UPDATE ON \"notes\" FOR EACH ROW EXECUTE FUNCTION \"notes_touch_fn\"()");
    }

    @Test
    void updatedAtOnTextColumnKeepsSqliteTextAndWhenClause() {
        List<String> out = tr.of("CREATE TRIGGER t1 AFTER UPDATE OF body ON notes WHEN NEW.archived = 0 BEGIN "
            + "UPDATE notes SET touched = datetime('now'), archived = 0 WHERE NEW.id = id; END");
        assertThat(out.get(0)).contains("NEW.touched := (to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', "
            + "'YYYY-MM-DD HH24:MI:SS'));\n  NEW.archived := FALSE;\n");
        assertThat(out.get(1)).isEqualTo("CREATE TRIGGER \"t1\" BEFORE UPDATE OF body ON \"notes\" FOR EACH ROW"
            + " WHEN (NEW.archived = FALSE) EXECUTE FUNCTION \"t1_fn\"()");
    }

    @Test
    void otherRowTriggersArePortedStatementByStatement() {
        List<String> out = tr.of("CREATE TRIGGER notes_log AFTER DELETE ON notes BEGIN\n"
            + "  INSERT OR IGNORE INTO log (note_id, what) VALUES (OLD.id, 'deleted');\n"
            + "  DELETE FROM log WHERE note_id = OLD.id AND what = 'x';\nEND");
        assertThat(out.get(0)).isEqualTo("CREATE OR REPLACE FUNCTION \"notes_log_fn\"() RETURNS trigger LANGUAGE plpgsql AS $spdb$\n"
            + "BEGIN\n  INSERT INTO log (note_id, what) VALUES (OLD.id, 'deleted') ON CONFLICT DO NOTHING;\n"
            + "  DELETE FROM log WHERE note_id = OLD.id AND what = 'x';\n  RETURN NULL;\nEND\n$spdb$");
        assertThat(out.get(1)).isEqualTo("CREATE TRIGGER \"notes_log\" AFTER DELETE ON \"notes\" FOR EACH ROW"
            + " EXECUTE FUNCTION \"notes_log_fn\"()");
    }

    @Test
    void dropTriggerDropsFunctionToo() {
        tr.of("CREATE TRIGGER notes_touch AFTER UPDATE ON notes BEGIN UPDATE notes SET updated_at = CURRENT_TIMESTAMP"
            + " WHERE id = NEW.id; END");
        assertThat(tr.of("DROP TRIGGER IF EXISTS notes_touch")).containsExactly(
            "DROP TRIGGER IF EXISTS \"notes_touch\" ON \"notes\"", "DROP FUNCTION IF EXISTS \"notes_touch_fn\"()");
    }

    @Test
    void dropOfUnknownTriggerLooksItsTableUp() {
        List<String> out = tr.of("DROP TRIGGER elsewhere");
        assertThat(out.get(0)).startsWith("DO $spdb$").contains("t.tgname = 'elsewhere'").contains("RAISE EXCEPTION");
        assertThat(out.get(1)).isEqualTo("DROP FUNCTION IF EXISTS \"elsewhere_fn\"()");
    }

    @Test
    void selfUpdatingTriggerOfOtherShapeFails() {
        assertThatThrownBy(() -> tr.of("CREATE TRIGGER t AFTER UPDATE ON notes BEGIN\n"
                + "  UPDATE notes SET body = 'x' WHERE archived = 1;\nEND"))
            .isInstanceOf(TranslationException.class)
            .hasMessageContaining("mod/schema.sql:2:3")
            .hasMessageContaining("UPDATE of the trigger's own table");
    }

    @Test
    void unsupportedTriggerFormsFail() {
        assertThatThrownBy(() -> tr.of("CREATE TRIGGER t AFTER INSERT ON notes BEGIN SELECT 1; END"))
            .isInstanceOf(TranslationException.class).hasMessageContaining("SELECT in a trigger body");
        assertThatThrownBy(() -> tr.of("CREATE TRIGGER t INSTEAD OF INSERT ON notes BEGIN SELECT 1; END"))
            .isInstanceOf(TranslationException.class).hasMessageContaining("INSTEAD OF");
        assertThatThrownBy(() -> tr.of("CREATE TRIGGER t BEFORE INSERT ON notes BEGIN SELECT RAISE(ABORT, 'no'); END"))
            .isInstanceOf(TranslationException.class).hasMessageContaining("RAISE()");
    }
}
