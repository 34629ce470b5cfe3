package io.systemprompt.database.module;

import io.systemprompt.database.script.SqlFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** What the checksum cache keeps of a file's objects reads back as what scanning the file finds. */
class SchemaFactsTest {
    private static final String SQL = """
            CREATE TABLE IF NOT EXISTS "odd,name~%50" (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              user_id INTEGER REFERENCES users(id),
              created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
            );
            CREATE UNIQUE INDEX idx_odd ON "odd,name~%50"(user_id);
            CREATE VIEW main.recent AS SELECT * FROM "odd,name~%50";
            CREATE TRIGGER touch AFTER INSERT ON users BEGIN SELECT 1; END;
            ALTER TABLE sessions ADD COLUMN owner INTEGER REFERENCES "odd,name~%50"(id);
            """;

    @Test
    void encodedObjectsReadBackAsScanned() {
        SqlFile file = SqlFile.of("mod/database/schema.sql", SQL);
        List<SchemaObject> scanned = SchemaObjects.scan(file);
        assertThat(scanned).extracting(SchemaObject::kind).containsExactly(SchemaObject.Kind.TABLE,
                SchemaObject.Kind.REFERENCE, SchemaObject.Kind.INDEX, SchemaObject.Kind.VIEW,
                SchemaObject.Kind.TRIGGER, SchemaObject.Kind.REFERENCE);

        String unseen = UUID.randomUUID().toString(); // a checksum nothing in this JVM has remembered
        SchemaFacts.remember(unseen, SchemaFacts.encode(file));
        List<SchemaObject> cached = SchemaFacts.of(new SqlFile(file.location(), "", unseen),
                f -> fail("the remembered objects must be used, not a scan"));

        assertThat(cached).isEqualTo(scanned);
    }

    @Test
    void damagedEntryIsScannedInstead() {
        String unseen = UUID.randomUUID().toString();
        SchemaFacts.remember(unseen, "f1:9~x~y");
        SqlFile file = new SqlFile("mod/database/schema.sql", "CREATE TABLE t (id INTEGER);", unseen);
        assertThat(SchemaFacts.of(file, SchemaObjects::scan)).extracting(SchemaObject::name).containsExactly("t");
    }
}
