package io.systemprompt.database.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A BOOLEAN column prints as true/false in every format on both engines (SQLite stores 0/1). */
abstract class BooleanOutputContract extends CliTestBase {

    @Test
    void booleanColumnsPrintTheSameInEveryFormat() {
        ok("query", "--write", "--sql", "CREATE TABLE flags (id INTEGER PRIMARY KEY, enabled BOOLEAN NOT NULL)");
        ok("query", "--write", "--sql", "INSERT INTO flags (id, enabled) VALUES (1, TRUE), (2, FALSE)");
        String sql = "SELECT id, enabled FROM flags ORDER BY id";
        assertThat(ok("query", "--sql", sql, "--format", "csv").out()).contains("1,true").contains("2,false");
        assertThat(ok("query", "--sql", sql, "--format", "json").out().replace(" ", ""))
                .contains("\"rows\":[[1,true],[2,false]]");
        assertThat(ok("view", "flags", "--format", "table").out()).contains("true").contains("false")
                .doesNotContain(" 1 \n");
    }
}
