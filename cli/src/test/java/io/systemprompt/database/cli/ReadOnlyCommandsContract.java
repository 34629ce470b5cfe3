package io.systemprompt.database.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spdb query} and {@code spdb view} stay read-only whatever the SQL says: attempts to switch
 * read-only off, to hide statements behind {@code ;} or to write a file are refused, and the data is
 * left as it was. Each engine adds its own attempts.
 */
abstract class ReadOnlyCommandsContract extends CliTestBase {

    /** {@code --sql} texts that try to lift or escape read-only on this engine. */
    abstract List<String> bypasses();

    @BeforeEach
    void migrate() {
        ok("migrate");
    }

    @Test
    void queryBypassesAreRefusedAndChangeNothing() {
        for (String sql : bypasses()) {
            Spdb.Result r = run("query", "--sql", sql);
            assertThat(r.exit()).as(r.toString()).isIn(1, 2);
            assertThat(r.err()).as(r.toString()).contains("read", "hint: ");
        }
        assertThat(notes()).isEqualTo(3);
        assertThat(dir.resolve("x.db")).doesNotExist();
    }

    @Test
    void viewWhereIsOneExpression() {
        Spdb.Result r = fails(2, "view", "notes", "--where", "1=1; COMMIT; DELETE FROM notes; SELECT 1");
        assertThat(r.err()).contains("--where contains ';'");
        assertThat(fails(2, "view", "notes", "--where", "1=1) OR (1=1").err()).contains("parenthesis");
        assertThat(ok("view", "notes", "--where", "title = 'a;b'", "--format", "json").json().get("rowCount")
                .asInt()).isZero();
        // A trailing comment cannot swallow the LIMIT.
        assertThat(ok("view", "notes", "--where", "1=1 --", "--limit", "1", "--format", "json").json()
                .get("rowCount").asInt()).isEqualTo(1);
        assertThat(notes()).isEqualTo(3);
    }

    private long notes() {
        return ok("query", "--sql", "SELECT COUNT(*) FROM notes", "--format", "json").json()
                .get("results").get(0).get("rows").get(0).get(0).asLong();
    }
}
