package io.systemprompt.database.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The structural reader: what it reads, and that no statement, whole or cut short, makes it throw. */
class DdlReaderTest {

    @Test
    void readsCreateTableWithKeysDefaultsAndForeignKeys() {
        Ddl d = read("CREATE TABLE IF NOT EXISTS \"Shop_Orders\" (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " customer_id INTEGER NOT NULL REFERENCES shop_customers(id), token TEXT DEFAULT (lower(hex("
                + "randomblob(16)))), code VARCHAR(10) UNIQUE, CONSTRAINT k UNIQUE (customer_id, code))");
        assertThat(d.kind()).isEqualTo(Ddl.Kind.CREATE_TABLE);
        assertThat(d.table()).isEqualTo("shop_orders");
        assertThat(d.rawName()).isEqualTo("Shop_Orders");
        assertThat(d.ifClause()).isTrue();
        TableSpec t = d.definition();
        assertThat(t.columns()).extracting(ColumnSpec::name).containsExactly("id", "customer_id", "token", "code");
        assertThat(t.primaryKey()).containsExactly("id");
        assertThat(t.uniqueKeys()).containsExactly(List.of("code"), List.of("customer_id", "code"));
        assertThat(t.foreignKeys()).containsExactly(new TableSpec.ForeignKey(List.of("customer_id"), "shop_customers"));
        assertThat(t.columns().get(1).notNull()).isTrue();
        assertThat(t.columns().get(2).defaultCalls()).containsExactly("lower", "hex", "randomblob");
    }

    @Test
    void readsIndexesAlterActionsAndSettings() {
        Ddl i = read("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_a ON public.shop_orders USING btree (a, b)");
        assertThat(i.kind()).isEqualTo(Ddl.Kind.CREATE_INDEX);
        assertThat(i.unique()).isTrue();
        assertThat(i.concurrently()).isTrue();
        assertThat(i.table()).isEqualTo("shop_orders");
        assertThat(i.columns()).containsExactly("a", "b");
        Ddl a = read("ALTER TABLE shop_orders ADD COLUMN x TEXT NOT NULL DEFAULT 'a', ALTER COLUMN y TYPE BIGINT,"
                + " ADD CONSTRAINT c FOREIGN KEY (z) REFERENCES t(id) NOT VALID, RENAME COLUMN p TO q");
        assertThat(a.actions()).extracting(AlterAction::kind).containsExactly(AlterAction.Kind.ADD_COLUMN,
                AlterAction.Kind.ALTER_TYPE, AlterAction.Kind.ADD_CONSTRAINT, AlterAction.Kind.RENAME_COLUMN);
        assertThat(a.actions().get(0).added().defaultText()).isEqualTo("'a'");
        assertThat(a.actions().get(2).notValid()).isTrue();
        assertThat(a.actions().get(3).newName()).isEqualTo("q");
        assertThat(read("SET LOCAL lock_timeout = '5s'").setting()).isEqualTo("lock_timeout");
        assertThat(read("DROP INDEX CONCURRENTLY IF EXISTS idx_a").concurrently()).isTrue();
    }

    /** Every statement of the example modules and the corpus, cut after each of its tokens. */
    @Test
    void neverThrowsOnAnyPrefixOfRealStatements() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of(TestDatabases.EXAMPLES), Path.of("src/test/resources"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".sql")).sorted().forEach(files::add);
            }
        }
        int cuts = 0;
        for (Path f : files) {
            List<SqlStatement> statements;
            try {
                statements = SqlSplitter.split(SqlFile.of(f.toString(), Files.readString(f)));
            } catch (RuntimeException e) {
                continue;
            }
            for (SqlStatement s : statements) {
                for (SqlToken t : s.tokens()) {
                    String prefix = s.sql().substring(0, t.offset() + t.text().length());
                    assertThatCode(() -> read(prefix)).as(f + ": " + prefix).doesNotThrowAnyException();
                    cuts++;
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(20);
        assertThat(cuts).isGreaterThan(1_000);
    }

    private static Ddl read(String sql) {
        return Ddl.read(new SqlStatement(sql, 1, 1, 0));
    }
}
