package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.engine.ErrorKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The runtime API's behaviour, which every engine must show alike. Each engine's test class supplies
 * a fresh database; after each test no pooled connection may still be in use.
 */
abstract class DatabaseContract {
    protected Database db;

    /** A configuration for a fresh, empty database of the engine under test. */
    protected abstract DatabaseConfigBuilder freshConfig();

    @BeforeEach
    void open() {
        db = Database.open(freshConfig().build());
        db.execute("CREATE TABLE users (id " + idType() + ", name TEXT NOT NULL UNIQUE, email TEXT,"
                + " active BOOLEAN NOT NULL DEFAULT TRUE, last_login TIMESTAMP,"
                + " created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
    }

    @AfterEach
    void closeAndCheckLeaks() {
        assertThat(db.poolStats().active()).as("connections still borrowed after the test").isZero();
        db.close();
    }

    record User(long id, String name, String email, boolean active, Instant lastLogin, Instant createdAt) {
    }

    enum Color { RED, GREEN }

    @Test
    void crudAndRecordMapping() {
        long id = db.insert("INSERT INTO users (name, email) VALUES (?, ?)", "ada", "ada@example.com");
        db.insert("INSERT INTO users (name, email, active) VALUES (?, ?, ?)", "bob", null, false);

        List<User> users = db.query("SELECT * FROM users ORDER BY id", User.class);
        assertThat(users).extracting(User::name).containsExactly("ada", "bob");
        assertThat(users.get(0).id()).isEqualTo(id);
        assertThat(users.get(0).active()).isTrue();
        assertThat(users.get(1).email()).isNull();
        assertThat(users.get(0).createdAt()).isCloseTo(Instant.now(), within(120));

        assertThat(db.execute("UPDATE users SET email = ? WHERE name = ?", "b@example.com", "bob")).isEqualTo(1);
        assertThat(db.queryValue("SELECT email FROM users WHERE name = ?", String.class, "bob"))
                .contains("b@example.com");
        assertThat(db.execute("DELETE FROM users WHERE name = ?", "ada")).isEqualTo(1);
        assertThat(db.queryValue("SELECT count(*) FROM users", Long.class)).contains(1L);
        assertThat(db.queryOne("SELECT * FROM users WHERE name = ?", User.class, "nobody")).isEmpty();
    }

    private static org.assertj.core.data.TemporalUnitOffset within(long seconds) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(seconds, ChronoUnit.SECONDS);
    }

    @Test
    void mapsRowsToOrderedMaps() {
        db.execute("INSERT INTO users (name, email) VALUES (?, ?)", "ada", "a@x");
        Map<String, Object> row = db.queryOne("SELECT id, name, active FROM users").orElseThrow();
        assertThat(row.keySet()).containsExactly("id", "name", "active");
        assertThat(row.get("id")).isInstanceOf(Long.class);
        assertThat(row.get("active")).isEqualTo(true);
    }

    @Test
    void descriptionExamplesWorkLiterally() {
        long userId = db.insert("INSERT INTO users (name) VALUES (?)", "ada");
        Date now = new Date();
        List<Map<String, Object>> users = db.query("SELECT * FROM users WHERE active = ?", true);
        assertThat(users).hasSize(1);
        db.execute("UPDATE users SET last_login = ? WHERE id = ?", now, userId);
        Instant lastLogin = db.queryValue("SELECT last_login FROM users WHERE id = ?", Instant.class, userId)
                .orElseThrow();
        assertThat(lastLogin).isEqualTo(now.toInstant());
        assertThat(db.queryOne("SELECT * FROM users WHERE id = ?", userId).orElseThrow().get("last_login"))
                .isEqualTo(now.toInstant());
    }

    @Test
    void everyParameterTypeRoundTrips() {
        db.execute("CREATE TABLE vals (id INTEGER PRIMARY KEY, s TEXT, i INTEGER, l BIGINT, d DOUBLE PRECISION,"
                + " b BOOLEAN, bin " + blobType() + ", u TEXT, e TEXT, ts TIMESTAMP, dt DATE, ldt TIMESTAMP,"
                + " odt TIMESTAMP, jd TIMESTAMP, n TEXT)");
        Instant instant = Instant.parse("2024-03-01T12:34:56.789Z");
        UUID uuid = UUID.randomUUID();
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        LocalDateTime ldt = LocalDateTime.of(2023, 12, 31, 23, 59, 58);
        OffsetDateTime odt = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2));
        Date date = Date.from(instant);
        db.execute("INSERT INTO vals VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "héllo ✓", 42,
                9_000_000_000L, 2.5, true, bytes, uuid, Color.GREEN, instant, LocalDate.of(2024, 2, 29), ldt, odt,
                date, null);

        Vals v = db.queryOne("SELECT s, i, l, d, b, bin, u, e, ts, dt, ldt, odt, jd, n FROM vals", Vals.class)
                .orElseThrow();
        assertThat(v.s()).isEqualTo("héllo ✓");
        assertThat(v.i()).isEqualTo(42);
        assertThat(v.l()).isEqualTo(9_000_000_000L);
        assertThat(v.d()).isEqualTo(2.5);
        assertThat(v.b()).isTrue();
        assertThat(v.bin()).containsExactly(bytes);
        assertThat(v.u()).isEqualTo(uuid);
        assertThat(v.e()).isEqualTo(Color.GREEN);
        assertThat(v.ts()).isEqualTo(instant);
        assertThat(v.dt()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(v.ldt()).isEqualTo(ldt);
        assertThat(v.odt().toInstant()).isEqualTo(odt.toInstant());
        assertThat(v.jd()).isEqualTo(date);
        assertThat(v.n()).isNull();
        assertThat(db.queryValue("SELECT n FROM vals", String.class)).isEmpty();
        assertThat(db.queryValue("SELECT count(*) FROM vals WHERE u = ? AND e = ? AND b = ?", Long.class, uuid,
                Color.GREEN, true)).contains(1L);
    }

    record Vals(String s, int i, long l, double d, boolean b, byte[] bin, UUID u, Color e, Instant ts, LocalDate dt,
            LocalDateTime ldt, OffsetDateTime odt, Date jd, String n) {
    }

    protected abstract String blobType();

    /** The engine's auto-generated 64-bit key column type. */
    protected abstract String idType();

    @Test
    void commitAndRollback() {
        db.useTransaction(tx -> tx.execute("INSERT INTO users (name) VALUES ('kept')"));
        assertThatThrownBy(() -> db.useTransaction(tx -> {
            tx.execute("INSERT INTO users (name) VALUES ('lost')");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(names()).containsExactly("kept");
        String value = db.transaction(tx -> tx.queryValue("SELECT name FROM users", String.class).orElseThrow());
        assertThat(value).isEqualTo("kept");
    }

    @Test
    void nestedTransactionRollsBackAloneThroughASavepoint() {
        db.useTransaction(tx -> {
            tx.execute("INSERT INTO users (name) VALUES ('outer')");
            assertThatThrownBy(() -> tx.useTransaction(inner -> {
                inner.execute("INSERT INTO users (name) VALUES ('inner')");
                inner.execute("INSERT INTO users (name) VALUES ('outer')");
            })).isInstanceOf(ConstraintViolationException.class);
            tx.useTransaction(inner -> inner.execute("INSERT INTO users (name) VALUES ('inner2')"));
            // Calls on the Database from inside the callback join the open transaction.
            db.execute("INSERT INTO users (name) VALUES ('joined')");
        });
        assertThat(names()).containsExactly("inner2", "joined", "outer");
    }

    @Test
    void constraintViolationsShareOneTypeAndCarrySqlButNoValues() {
        db.execute("INSERT INTO users (name, email) VALUES (?, ?)", "ada", "secret-value");
        assertThatThrownBy(() -> db.execute("INSERT INTO users (name, email) VALUES (?, ?)", "ada", "secret-value"))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UNIQUE_VIOLATION);
                    assertThat(e.sql()).contains("INSERT INTO users");
                    assertThat(e.getMessage()).doesNotContain("secret-value");
                });
        assertThatThrownBy(() -> db.execute("INSERT INTO users (name) VALUES (NULL)"))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_NULL_VIOLATION));
        assertThatThrownBy(() -> db.query("SELECT * FROM no_such_table"))
                .isInstanceOfSatisfying(StatementException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNDEFINED_OBJECT));
    }

    @Test
    void readOnlyIsEnforcedByTheEngine() {
        db.execute("INSERT INTO users (name) VALUES ('ada')");
        assertThatThrownBy(() -> db.readOnly(tx -> tx.execute(
                "WITH x AS (SELECT 1) DELETE FROM users RETURNING *")))
                .isInstanceOf(StatementException.class);
        assertThat(names()).containsExactly("ada");
        List<Map<String, Object>> rows = db.readOnly(tx -> tx.query("SELECT * FROM users"));
        assertThat(rows).hasSize(1);
        db.execute("INSERT INTO users (name) VALUES ('after')");
        assertThat(names()).containsExactly("ada", "after");
    }

    @Test
    void transactionHandleRefusesOtherThreadsAndLateUse() throws Exception {
        Handle[] escaped = new Handle[1];
        db.useTransaction(tx -> {
            escaped[0] = tx;
            CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
                try {
                    tx.query("SELECT 1");
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            assertThat(other.get(10, TimeUnit.SECONDS)).isInstanceOf(TransactionException.class);
        });
        assertThatThrownBy(() -> escaped[0].query("SELECT 1")).isInstanceOf(TransactionException.class)
                .hasMessageContaining("after its transaction ended");
    }

    @Test
    void batchInsertsAtomically() {
        int[] counts = db.batch("INSERT INTO users (name) VALUES (?)",
                List.of(new Object[] {"a"}, new Object[] {"b"}, new Object[] {"c"}));
        assertThat(counts).hasSize(3);
        assertThatThrownBy(() -> db.batch("INSERT INTO users (name) VALUES (?)",
                List.of(new Object[] {"d"}, new Object[] {"a"}))).isInstanceOf(ConstraintViolationException.class);
        assertThat(names()).containsExactly("a", "b", "c");
    }

    @Test
    void streamsRows() {
        db.batch("INSERT INTO users (name) VALUES (?)", List.of(new Object[] {"a"}, new Object[] {"b"}));
        StringBuilder seen = new StringBuilder();
        db.forEachRow("SELECT name FROM users ORDER BY name", row -> seen.append(row.get(1, String.class)));
        assertThat(seen).hasToString("ab");
    }

    @Test
    void failedCommitIsTheErrorAndTheConnectionStaysInThePool() throws Exception {
        try (Database one = Database.open(freshConfig().poolMin(1).poolMax(1).build())) {
            one.execute("CREATE TABLE parents (id INTEGER PRIMARY KEY)");
            one.execute("CREATE TABLE children (id INTEGER PRIMARY KEY,"
                    + " parent_id INTEGER REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)");
            Connection before = one.transaction(tx -> tx.connection().unwrap(Connection.class));
            // The deferred check runs at COMMIT, so the commit itself fails.
            assertThatThrownBy(() -> one.useTransaction(
                    tx -> tx.execute("INSERT INTO children (id, parent_id) VALUES (1, 99)")))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.FOREIGN_KEY_VIOLATION);
                        assertThat(e.sql()).isEqualTo("COMMIT");
                        assertThat(e.getSuppressed()).isEmpty();
                    });
            assertThat(one.queryValue("SELECT count(*) FROM children", Long.class)).contains(0L);
            one.useTransaction(tx -> {
                tx.execute("INSERT INTO parents (id) VALUES (99)");
                tx.execute("INSERT INTO children (id, parent_id) VALUES (1, 99)");
            });
            Connection after = one.transaction(tx -> tx.connection().unwrap(Connection.class));
            assertThat(after).isSameAs(before);
            assertThat(one.poolStats().active()).isZero();
        }
    }

    @Test
    void exhaustedPoolGivesAClearTimeout() throws Exception {
        try (Database small = Database.open(freshConfig().poolMin(0).poolMax(1).connectTimeoutMs(300).build())) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> {
                try {
                    // A write transaction: read-only ones may come from a pool of their own (SQLite files).
                    return small.transaction(tx -> {
                        holding.countDown();
                        return release.await(30, TimeUnit.SECONDS);
                    });
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> small.query("SELECT 1")).isInstanceOf(UnableToConnectException.class)
                    .hasMessageContaining("No database connection became free within 300 ms")
                    .hasMessageContaining("DB_POOL_MAX");
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertThat(small.query("SELECT 1")).hasSize(1);
        }
    }

    @Test
    void healthReportsARoundTrip() {
        Health h = db.health();
        assertThat(h.up()).isTrue();
        assertThat(h.serverVersion()).isNotBlank();
        assertThat(h.roundTrip()).isPositive();
        assertThat(h.pool().max()).isEqualTo(db.config().poolMax());
    }

    @Test
    void dataSourceServesOtherJdbcTools() throws Exception {
        db.execute("INSERT INTO users (name) VALUES ('ada')");
        try (var c = db.dataSource().getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM users")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void mappingErrorsNameTheMissingComponents() {
        db.execute("INSERT INTO users (name) VALUES ('ada')");
        assertThatThrownBy(() -> db.query("SELECT id, name FROM users", User.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("no column for email, active, lastLogin, createdAt");
        assertThatThrownBy(() -> db.queryOne("SELECT * FROM users UNION ALL SELECT * FROM users"))
                .isInstanceOf(MappingException.class).hasMessageContaining("at most one row");
    }

    private List<String> names() {
        return db.query("SELECT name FROM users ORDER BY name", String.class);
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
