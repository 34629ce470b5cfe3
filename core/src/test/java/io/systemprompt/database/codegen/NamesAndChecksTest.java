package io.systemprompt.database.codegen;

import io.systemprompt.database.script.SqlDocs;
import io.systemprompt.database.script.SqlFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure parts: Java names, CHECK … IN on both engines' spellings, and SQL comments as docs. */
class NamesAndChecksTest {

    @Test
    void javaNamesFromSqlNames() {
        assertThat(JavaNames.singular(JavaNames.pascal("config_settings"))).isEqualTo("ConfigSetting");
        assertThat(JavaNames.singular(JavaNames.pascal("categories"))).isEqualTo("Category");
        assertThat(JavaNames.singular(JavaNames.pascal("status"))).isEqualTo("Status");
        assertThat(JavaNames.singular(JavaNames.pascal("addresses"))).isEqualTo("Address");
        assertThat(JavaNames.accessor("config_settings", "ConfigSetting")).isEqualTo("ConfigSettings");
        assertThat(JavaNames.accessor("group", "Group")).isEqualTo("Groups");
        assertThat(JavaNames.accessor("status", "Status")).isEqualTo("Statuses");
        assertThat(JavaNames.accessor("category", "Category")).isEqualTo("Categories");
        assertThat(JavaNames.member("created_at")).isEqualTo("createdAt");
        assertThat(JavaNames.member("default")).isEqualTo("default_");
        assertThat(JavaNames.member("class")).isEqualTo("class_");
        assertThat(JavaNames.member("hash_code")).isEqualTo("hashCode_");
        assertThat(JavaNames.member("2fa_enabled")).isEqualTo("_2faEnabled");
        assertThat(JavaNames.constant("in-progress")).isEqualTo("IN_PROGRESS");
        assertThat(JavaNames.constant("1st")).isEqualTo("_1ST");
        assertThat(JavaNames.constant("")).isEqualTo("EMPTY");
        assertThat(JavaNames.packageName("io.x", "core/config")).isEqualTo("io.x.core.config");
        assertThat(JavaNames.packageName("io.x", "extensions/2fa/new")).isEqualTo("io.x.extensions._2fa.new_");
        assertThat(JavaNames.packageName("", "billing-v2")).isEqualTo("billing_v2");
    }

    @Test
    void checkInListsOnBothEnginesSpellings() {
        assertThat(CheckEnums.parse("status IN ('active', 'suspended')"))
                .contains(new CheckEnums.ColumnEnum("status", List.of("active", "suspended")));
        assertThat(CheckEnums.parse("((type)::text = ANY ((ARRAY['api'::character varying, 'refresh'::character"
                + " varying])::text[]))")).contains(new CheckEnums.ColumnEnum("type", List.of("api", "refresh")));
        assertThat(CheckEnums.parse("(status = ANY (ARRAY['a'::text, 'it''s'::text]))"))
                .contains(new CheckEnums.ColumnEnum("status", List.of("a", "it's")));
        assertThat(CheckEnums.parse("((\"order\")::text = 'one'::text)"))
                .contains(new CheckEnums.ColumnEnum("order", List.of("one")));
        for (String notAnEnum : List.of("stock >= 0", "status NOT IN ('a', 'b')", "a IN ('x') OR b IN ('y')",
                "rank IN (1, 2)", "length(name) IN ('a')", "status IN ('a', 'a')", "status = 'a' AND status = 'b'")) {
            assertThat(CheckEnums.parse(notAnEnum)).as(notAnEnum).isEqualTo(Optional.empty());
        }
    }

    @Test
    void commentsAboveAndBesideDocumentTablesAndColumns() {
        SqlDocs docs = new SqlDocs();
        docs.read(SqlFile.of("schema.sql", """
                -- Not this one: a blank line follows.

                -- Accounts.
                -- Second line.
                CREATE TABLE IF NOT EXISTS "accounts" (
                  id INTEGER PRIMARY KEY, -- the key
                  /* Shown name. */
                  "name" TEXT NOT NULL,
                  note TEXT, -- free text; "quoted" & <b>
                  CHECK (length(name) > 0)
                );
                CREATE INDEX i ON accounts(name); -- not a column
                """));
        docs.read(SqlFile.of("001_add.sql", "-- Added later.\nALTER TABLE accounts ADD COLUMN extra INTEGER;\n"));
        assertThat(docs.table("ACCOUNTS")).isEqualTo("Accounts.\nSecond line.");
        assertThat(docs.column("accounts", "id")).isEqualTo("the key");
        assertThat(docs.column("accounts", "name")).isEqualTo("Shown name.");
        assertThat(docs.column("accounts", "note")).isEqualTo("free text; \"quoted\" & <b>");
        assertThat(docs.column("accounts", "extra")).isEqualTo("Added later.");
        assertThat(SourceWriter.escape(docs.column("accounts", "note"))).isEqualTo("free text; \"quoted\" &amp; &lt;b&gt;");
        assertThat(SourceWriter.escape("*/ @x \\u0041")).isEqualTo("*&#47; &#64;x &#92;u0041");
        assertThat(SourceWriter.literal("a\"b\\c\u00e9")).isEqualTo("\"a\\\"b\\\\c\\u00e9\"");
    }
}
