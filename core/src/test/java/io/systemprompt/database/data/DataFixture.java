package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.ModuleTree;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fixture modules in the portable SQLite dialect (translated on PostgreSQL) and awkward data for them.
 *
 * <pre>
 *   core/accounts  accounts (id, name UNIQUE, note, active, created_at, avatar, score) + 1_add_email
 *        ^
 *   core/orders    orders (account_id -> accounts, no ON DELETE action)
 *                  order_notes (order_id -> orders, parent_id -> order_notes)
 * </pre>
 */
final class DataFixture {
    static final int ACCOUNTS = 700;
    /** Rows over all module tables after {@link #fill}: the seed, 3 awkward, the random accounts, orders, notes. */
    static final long ROWS = 1 + 3 + (ACCOUNTS - 10) + 600 + 600;

    private DataFixture() {
    }

    static void modules(Path root) {
        ModuleTree tree = new ModuleTree(root);
        tree.module("core/accounts").yaml("version: 1.0.0\n")
                .schema("CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE, note TEXT,"
                        + " active BOOLEAN NOT NULL DEFAULT TRUE, created_at TIMESTAMP, avatar BLOB,"
                        + " score REAL);\n")
                .init("INSERT INTO accounts (id, name) VALUES (1, 'seed');\n")
                .migration("1_add_email.sql", "ALTER TABLE accounts ADD COLUMN email VARCHAR(200);");
        tree.module("core/orders").deps("core/accounts")
                .schema("CREATE TABLE orders (id BIGINT PRIMARY KEY, account_id BIGINT NOT NULL REFERENCES accounts(id),"
                        + " label VARCHAR(50) NOT NULL);\n"
                        + "CREATE TABLE order_notes (id BIGINT PRIMARY KEY, order_id BIGINT NOT NULL REFERENCES orders(id),"
                        + " parent_id BIGINT REFERENCES order_notes(id), body TEXT);\n");
    }

    /** Awkward rows first (NULL vs empty, unicode, blobs, timestamps), then seeded random bulk. */
    static void fill(Database db) {
        List<Object[]> accounts = new ArrayList<>();
        accounts.add(new Object[] {2L, "empty-note", "", false, Instant.parse("2024-01-31T10:00:00.123Z"),
            new byte[] {0, -1, 10, 13, 34, 44}, 1.5, ""});
        accounts.add(new Object[] {3L, "null-note", null, true, null, null, null, null});
        accounts.add(new Object[] {4L, "unicode ☃ 𝄞 日本語 \"quoted\", comma\nnewline\\back'slash", "tab\there\r\nCRLF",
            true, Instant.parse("1999-12-31T23:59:59Z"), new byte[] {(byte) 0x80, 0x7f}, -0.0001, "a@b.c"});
        Random r = new Random(42);
        for (long id = 10; id < ACCOUNTS; id++) {
            accounts.add(new Object[] {id, "user" + id, pick(r, null, "", "note " + r.nextInt(), "ü,\"x\"\n"),
                r.nextBoolean(), r.nextBoolean() ? null : Instant.ofEpochMilli(1_600_000_000_000L + r.nextInt()),
                r.nextInt(4) == 0 ? null : bytes(r), r.nextBoolean() ? null : r.nextDouble() * 1000, null});
        }
        db.batch("INSERT INTO accounts (id, name, note, active, created_at, avatar, score, email)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", accounts);
        List<Object[]> orders = new ArrayList<>();
        List<Object[]> notes = new ArrayList<>();
        for (long id = 1; id <= 600; id++) {
            orders.add(new Object[] {id, 10 + r.nextInt(ACCOUNTS - 10), "order " + id});
            notes.add(new Object[] {id, id, id > 1 && r.nextBoolean() ? id - 1 : null, pick(r, null, "", "body")});
        }
        db.batch("INSERT INTO orders (id, account_id, label) VALUES (?, ?, ?)", orders);
        db.batch("INSERT INTO order_notes (id, order_id, parent_id, body) VALUES (?, ?, ?, ?)", notes);
    }

    private static Object pick(Random r, Object... choices) {
        return choices[r.nextInt(choices.length)];
    }

    private static byte[] bytes(Random r) {
        byte[] b = new byte[1 + r.nextInt(40)];
        r.nextBytes(b);
        return b;
    }
}
