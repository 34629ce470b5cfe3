package io.systemprompt.database.translate;

import io.systemprompt.database.script.TranslationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InsertTranslationTest {
    private final Translations tr = new Translations();

    @BeforeEach
    void schema() {
        tr.of("CREATE TABLE settings (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, value TEXT,"
            + " enabled BOOLEAN DEFAULT 1, changed_at TEXT);"
            + "CREATE TABLE members (team TEXT, person TEXT, admin BOOLEAN, PRIMARY KEY (team, person))");
    }

    @Test
    void explicitRowidsAreFollowedByOneSequenceSyncPerTableAtTheEndOfTheFile() {
        java.util.List<String> out = tr.of("INSERT INTO settings (id, key) VALUES (5, 'a');\n"
            + "INSERT INTO settings (id, key) VALUES (9, 'b');\n"
            + "INSERT INTO members VALUES ('t', 'p', 1)");
        assertThat(out).hasSize(4);
        assertThat(out.get(3)).isEqualTo(IdentitySync.statement("settings", "id"))
            .startsWith("SELECT setval(s, m) FROM (SELECT pg_get_serial_sequence('\"settings\"', 'id') AS s,"
                + " max(\"id\") AS m FROM \"settings\") x");
    }

    @Test
    void anImplicitRowidAfterExplicitOnesInTheSameFileSyncsFirst() {
        java.util.List<String> out = tr.of("INSERT INTO settings (id, key) VALUES (5, 'a');\n"
            + "INSERT INTO settings (key) VALUES ('b');\n"
            + "INSERT INTO settings (key) VALUES ('c')");
        assertThat(out).containsExactly("INSERT INTO settings (id, key) VALUES (5, 'a')",
            IdentitySync.statement("settings", "id"), "INSERT INTO settings (key) VALUES ('b')",
            "INSERT INTO settings (key) VALUES ('c')");
    }

    @Test
    void insertsThatLetTheRowidDefaultNeedNoSync() {
        assertThat(tr.of("INSERT INTO settings (key) VALUES ('a')")).hasSize(1);
    }

    @Test
    void insertOrIgnoreBecomesOnConflictDoNothing() {
        assertThat(tr.one("INSERT OR IGNORE INTO settings (key, value) VALUES ('a', 'b')"))
            .isEqualTo("INSERT INTO settings (key, value) VALUES ('a', 'b') ON CONFLICT DO NOTHING");
    }

    @Test
    void booleanLiteralsInMultiRowValuesWithCommentsBetweenTuples() {
        String sql = "INSERT INTO settings (key, enabled) VALUES\n  ('a', 1), -- on (it's)\n  -- next one\n  ('b', 0)";
        assertThat(tr.one(sql)).isEqualTo(
            "INSERT INTO settings (key, enabled) VALUES\n  ('a', TRUE), -- on (it's)\n  -- next one\n  ('b', FALSE)");
    }

    @Test
    void booleanLiteralsWithoutColumnListUseTableOrder() {
        assertThat(tr.one("INSERT INTO members VALUES ('t', 'p', 1), ('t', 'q', 0)"))
            .isEqualTo("INSERT INTO members VALUES ('t', 'p', TRUE), ('t', 'q', FALSE)");
    }

    @Test
    void nonBooleanZeroAndOneStay() {
        assertThat(tr.of("INSERT INTO settings (id, key, value) VALUES (1, 'k', 0)").get(0))
            .isEqualTo("INSERT INTO settings (id, key, value) VALUES (1, 'k', 0)");
    }

    @Test
    void textNowKeepsSqliteTextForm() {
        assertThat(tr.one("INSERT INTO settings (key, changed_at) VALUES ('k', CURRENT_TIMESTAMP)"))
            .isEqualTo("INSERT INTO settings (key, changed_at) VALUES ('k', "
                + "(to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')))");
    }

    @Test
    void textDateArithmeticKeepsSqliteTextForm() {
        assertThat(tr.one("SELECT key FROM settings WHERE changed_at < datetime('now', '-1 day') AND key = current_key"))
            .isEqualTo("SELECT key FROM settings WHERE changed_at < to_char((CURRENT_TIMESTAMP + INTERVAL '-1 day')"
                + " AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AND key = current_key");
        assertThat(tr.one("UPDATE settings SET changed_at = date('now', '+1 day')"))
            .isEqualTo("UPDATE settings SET changed_at = to_char(CAST(CURRENT_TIMESTAMP + INTERVAL '+1 day' AS DATE),"
                + " 'YYYY-MM-DD')");
    }

    @Test
    void insertOrReplaceUpsertsOnPrimaryKey() {
        assertThat(tr.of("INSERT OR REPLACE INTO settings (id, key, value) VALUES (1, 'k', 'v')").get(0))
            .isEqualTo("INSERT INTO settings (id, key, value) VALUES (1, 'k', 'v')"
                + " ON CONFLICT (\"id\") DO UPDATE SET \"key\" = excluded.\"key\", \"value\" = excluded.\"value\","
                + " \"enabled\" = DEFAULT, \"changed_at\" = DEFAULT");
    }

    @Test
    void replaceIntoUsesUniqueKeyWhenPrimaryKeyIsNotInserted() {
        assertThat(tr.one("REPLACE INTO settings (key, value) VALUES ('k', 'v')"))
            .isEqualTo("INSERT INTO settings (key, value) VALUES ('k', 'v')"
                + " ON CONFLICT (\"key\") DO UPDATE SET \"id\" = DEFAULT, \"value\" = excluded.\"value\","
                + " \"enabled\" = DEFAULT, \"changed_at\" = DEFAULT");
    }

    @Test
    void replaceOnCompositeKeyOnly() {
        assertThat(tr.one("INSERT OR REPLACE INTO members (team, person) VALUES ('t', 'p') RETURNING team"))
            .isEqualTo("INSERT INTO members (team, person) VALUES ('t', 'p')"
                + " ON CONFLICT (\"team\", \"person\") DO UPDATE SET \"admin\" = DEFAULT RETURNING team");
    }

    @Test
    void replaceIntoUnknownTableFails() {
        assertThatThrownBy(() -> tr.of("\n  REPLACE INTO nowhere (a) VALUES (1)"))
            .isInstanceOf(TranslationException.class)
            .hasMessageContaining("mod/schema.sql:2:16")
            .hasMessageContaining("add schema.postgres.sql next to schema.sql");
    }

    @Test
    void upsertPassesThrough() {
        String sql = "INSERT INTO settings (key, value) VALUES ('k', 'v') ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        assertThat(tr.one(sql)).isEqualTo(sql);
    }

    @Test
    void otherConflictModesFail() {
        for (String mode : new String[] {"ROLLBACK", "ABORT", "FAIL"}) {
            assertThatThrownBy(() -> tr.of("INSERT OR " + mode + " INTO settings (key) VALUES ('k')"))
                .isInstanceOf(TranslationException.class)
                .hasMessageContaining("mod/schema.sql:1:8")
                .hasMessageContaining("INSERT OR " + mode);
        }
    }

    @Test
    void updateAndSelectUseBooleanColumns() {
        assertThat(tr.one("UPDATE settings SET enabled = 0 WHERE enabled == 1 AND key = 'x'"))
            .isEqualTo("UPDATE settings SET enabled = FALSE WHERE enabled = TRUE AND key = 'x'");
        assertThat(tr.one("SELECT key FROM settings s WHERE s.enabled <> 0"))
            .isEqualTo("SELECT key FROM settings s WHERE s.enabled <> FALSE");
    }
}
