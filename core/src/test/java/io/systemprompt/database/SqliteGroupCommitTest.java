package io.systemprompt.database;

import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SQLite write transactions committed in groups on one writer connection: each caller's transaction
 * stays atomic (a failing caller rolls back alone), isolated from readers until committed, and
 * durable once its call returned, even when the process is killed right after.
 */
class SqliteGroupCommitTest {
    private static final int THREADS = 8;
    private static final int TRANSACTIONS = 150;

    @TempDir
    Path dir;

    @Test
    void aFailingCallerRollsBackAloneWhileTheOthersCommit() throws Exception {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            assertThat(db.pool().writeGate().groupsCommits()).isTrue();
            db.execute("CREATE TABLE items (thread INTEGER NOT NULL, seq INTEGER NOT NULL, part INTEGER NOT NULL,"
                    + " PRIMARY KEY (thread, seq, part))");
            AtomicInteger thrown = new AtomicInteger();
            Set<String> expectedFailures = java.util.concurrent.ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Random random = new Random(1500 + t);
                futures.add(pool.submit(() -> {
                    for (int seq = 0; seq < TRANSACTIONS; seq++) {
                        int s = seq;
                        boolean fail = random.nextInt(5) == 0;
                        if (fail) {
                            expectedFailures.add(thread + "/" + seq);
                        }
                        try {
                            db.useTransaction(tx -> {
                                tx.execute("INSERT INTO items VALUES (?, ?, 1)", thread, s);
                                tx.execute("INSERT INTO items VALUES (?, ?, 2)", thread, s);
                                if (fail) {
                                    throw new IllegalStateException("caller " + thread + "/" + s + " fails");
                                }
                                // A nested transaction that fails is rolled back alone, inside this caller's.
                                assertThatThrownBy(() -> tx.useTransaction(inner -> {
                                    inner.execute("INSERT INTO items VALUES (?, ?, 3)", thread, s);
                                    inner.execute("INSERT INTO items VALUES (?, ?, 1)", thread, s); // duplicate key
                                })).isInstanceOf(ConstraintViolationException.class);
                                tx.execute("INSERT INTO items VALUES (?, ?, 4)", thread, s);
                            });
                        } catch (IllegalStateException e) {
                            assertThat(e).hasMessage("caller " + thread + "/" + s + " fails");
                            thrown.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            int committed = THREADS * TRANSACTIONS - expectedFailures.size();
            assertThat(thrown).hasValue(expectedFailures.size());
            assertThat(expectedFailures).isNotEmpty();
            assertThat(db.queryValue("SELECT count(*) FROM items", Long.class)).contains(3L * committed);
            assertThat(db.queryValue("SELECT count(*) FROM items WHERE part = 3", Long.class)).contains(0L);
            Set<String> present = new HashSet<>(db.query("SELECT thread || '/' || seq FROM items", String.class));
            assertThat(present).hasSize(committed).doesNotContainAnyElementsOf(expectedFailures);
            assertThat(db.poolStats().active()).as("writer connection returned between groups").isZero();
            assertThat(db.pool().writeGate().committedGroups()).as("concurrent callers shared commits")
                    .isPositive().isLessThan(THREADS * TRANSACTIONS);
        }
    }

    @Test
    void readersDoNotWaitForAnOpenGroupAndSeeOnlyCommittedRows() throws Exception {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
            db.execute("INSERT INTO t VALUES (1)");
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<?> write = writer.submit(() -> {
                db.useTransaction(tx -> {
                    tx.execute("INSERT INTO t VALUES (2)");
                    inside.countDown();
                    release.await();
                });
                return null;
            });
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(db.queryValue("SELECT count(*) FROM t", Long.class)).contains(1L);
            release.countDown();
            write.get();
            writer.shutdown();
            assertThat(db.queryValue("SELECT count(*) FROM t", Long.class)).contains(2L);
        }
    }

    @Test
    void whatACallerWroteBeforeReturningSurvivesKillDashNine() throws Exception {
        Path file = dir.resolve("killed.db");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = String.join(File.pathSeparator, Path.of("target", "test-classes").toAbsolutePath().toString(),
                Path.of("target", "classes").toAbsolutePath().toString(), System.getProperty("java.class.path"),
                System.getProperty("jdk.module.path", ""));
        Process child = new ProcessBuilder(javaBin, "-cp", cp, GroupCommitWriterMain.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<Long> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && acknowledged.size() < 400) {
                if (line.startsWith("OK ")) {
                    acknowledged.add(Long.parseLong(line.substring(3)));
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no pool close, no final commit
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } catch (IOException e) {
            child.destroyForcibly();
            throw e;
        }
        assertThat(acknowledged).hasSize(400);
        try (Database db = Database.open(TestDatabases.sqlite(dir).sqlite(file.toString()).build())) {
            Set<Long> stored = new HashSet<>(db.query("SELECT id FROM acked", Long.class));
            assertThat(stored).containsAll(acknowledged);
            assertThat(db.queryValue("SELECT count(*) FROM acked WHERE id NOT IN (SELECT id FROM acked_part)",
                    Long.class)).as("each transaction is whole").contains(0L);
        }
    }

    @Test
    void aLoneWriterOpensGroupsWithoutASavepointAndStillRollsBackWhole() {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            long groups = db.pool().writeGate().committedGroups();
            // A lone auto-commit statement runs by itself, without a group around it.
            assertThat(db.execute("INSERT INTO items VALUES (1, 'one')")).isEqualTo(1);
            assertThatThrownBy(() -> db.execute("INSERT INTO items VALUES (1, 'again')"))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThat(db.pool().writeGate().committedGroups()).isEqualTo(groups);

            // The member that opens a group has no savepoint: its failure must undo all of its work.
            assertThatThrownBy(() -> db.useTransaction(tx -> {
                tx.execute("INSERT INTO items VALUES (2, 'two')");
                tx.execute("UPDATE items SET name = 'changed' WHERE id = 1");
                throw new IllegalStateException("caller failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("caller failed");
            assertThat(db.query("SELECT name FROM items ORDER BY id", String.class)).containsExactly("one");

            // A nested failure inside it still rolls back only the nested part.
            db.useTransaction(tx -> {
                tx.execute("INSERT INTO items VALUES (3, 'three')");
                assertThatThrownBy(() -> tx.useTransaction(inner -> {
                    inner.execute("INSERT INTO items VALUES (4, 'four')");
                    throw new IllegalStateException("inner failed");
                })).hasMessage("inner failed");
            });
            assertThat(db.query("SELECT id FROM items ORDER BY id", Long.class)).containsExactly(1L, 3L);
            assertThat(db.pool().writeGate().committedGroups()).isEqualTo(groups + 1);
            assertThat(db.pool().stats().active()).isZero();
        }
    }
}
