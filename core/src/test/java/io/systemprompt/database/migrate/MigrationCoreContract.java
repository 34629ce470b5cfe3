package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.data.Schema;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.migrate.MigrationException.Reason;
import io.systemprompt.database.module.ModuleDiscovery;
import io.systemprompt.database.module.ModuleRoot;
import io.systemprompt.database.module.ModuleSet;
import io.systemprompt.database.testing.ModuleTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration core's contract, table-driven: each case is a module tree and a list of phases (change
 * the files, run one operation, then check the steps taken, the failure, the history and the tables).
 * It runs against {@link StubMigrationStore}, which needs no database, and against the JDBC store on
 * SQLite and PostgreSQL, so the stub is held to what the engines do.
 *
 * <p>Steps read {@code KIND module [version]}; history reads {@code schema module} (by module) then
 * {@code module version} in order of application; tables read {@code name=rows}.
 */
abstract class MigrationCoreContract {
    @TempDir
    Path dir;
    /** The real database behind the store, or null for the stub. */
    protected Database db;
    private MigrationStore store;

    /** A store over a new, empty database; a real one is also kept in {@link #db}. */
    protected abstract MigrationStore open(Path dir);

    /** Whatever {@link #open} made besides {@link #db}, dropped after the case. */
    protected void cleanUp() {
    }

    /** The user tables (lower-case, tracking tables left out) with their row counts, read from the catalog. */
    protected Map<String, Integer> tables() {
        Map<String, Integer> out = new TreeMap<>();
        for (TableInfo t : Schema.moduleTables(Schema.read(db))) {
            out.put(t.name().toLowerCase(Locale.ROOT), db.queryValue("SELECT count(*) FROM \"" + t.name() + "\"",
                    Long.class).orElseThrow().intValue());
        }
        return out;
    }

    @AfterEach
    void closeStore() {
        if (db != null) {
            db.close();
        }
        cleanUp();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void contract(Case c) {
        ModuleTree tree = new ModuleTree(dir.resolve("modules"));
        store = open(dir);
        int n = 0;
        for (Phase p : c.phases) {
            n++;
            String at = c.name + ", phase " + n + " (" + p.op + ")";
            p.files.accept(tree);
            Outcome o = run(p.op, modules(tree));
            if (p.steps != null) {
                assertThat(o.steps).as(at + ": steps").containsExactlyElementsOf(p.steps);
            }
            if (p.failure == null) {
                assertThat(o.failure).as(at + ": failure").isNull();
            } else {
                assertThat(o.failure).as(at + ": failure").isNotNull();
                assertThat(o.thrown).as(at + ": refused before running (thrown) rather than reported").isEqualTo(p.thrown);
                assertThat(o.failure.reason()).as(at + ": reason of " + o.failure.getMessage()).isEqualTo(p.failure);
                for (String text : p.messageHas) {
                    assertThat(o.failure.getMessage()).as(at + ": message").contains(text);
                }
            }
            if (p.history != null) {
                assertThat(history(store.readHistory())).as(at + ": history").containsExactlyElementsOf(p.history);
            }
            if (p.tables != null) {
                assertThat(render(tables())).as(at + ": tables").containsExactlyElementsOf(p.tables);
            }
        }
    }

    private static ModuleSet modules(ModuleTree tree) {
        return ModuleDiscovery.discover(List.of(new ModuleRoot.Directory(tree.root())));
    }

    /**
     * Runs one operation: {@code race} (a migrate whose plan another process carries out between its
     * planning and its first locked transaction), {@code migrate [module]}, {@code schemas}, {@code dry-run}, {@code rollback N [module]}, {@code rollback! N} (forced), {@code repair}. */
    private Outcome run(String op, ModuleSet modules) {
        String[] w = op.split(" ");
        Migrator migrator = new Migrator(store, false);
        try {
            MigrationResult r = switch (w[0]) {
                case "migrate" -> migrator.run(modules, w.length > 1 ? w[1] : null, false, false, new MigrationListener() {
                });
                case "schemas" -> migrator.run(modules, null, true, false, new MigrationListener() {
                });
                case "dry-run" -> migrator.run(modules, null, false, true, new MigrationListener() {
                });
                case "race" -> new Migrator(new RacingStore(store, () -> new Migrator(store, false)
                        .run(modules, null, false, false, new MigrationListener() {
                        }).orThrow()), false).run(modules, null, false, false, new MigrationListener() {
                        });
                case "rollback", "rollback!" -> new Rollbacker(store).rollback(modules, Integer.parseInt(w[1]),
                        w.length > 2 ? w[2] : null, w[0].endsWith("!"), false);
                case "repair" -> {
                    new Repair(store).run(Planner.plan(modules, store.readHistory(), store.engine()));
                    yield null;
                }
                default -> throw new IllegalArgumentException(op);
            };
            if (r == null) {
                return new Outcome(List.of(), null, false);
            }
            List<String> steps = r.applied().stream().map(MigrationCoreContract::step).toList();
            return new Outcome(steps, r.failures().isEmpty() ? null : r.failures().get(0), false);
        } catch (MigrationException e) {
            return new Outcome(List.of(), e, true);
        }
    }

    private static String step(AppliedStep s) {
        return s.kind() + " " + s.module() + (s.kind() == StepKind.SCHEMA ? "" : " " + s.version());
    }

    private static List<String> history(HistorySnapshot h) {
        List<String> out = new ArrayList<>();
        h.schemas().stream().map(s -> "schema " + s.module()).sorted().forEach(out::add);
        List<AppliedMigration> ms = new ArrayList<>(h.migrations());
        ms.sort(Comparator.comparingLong(AppliedMigration::appliedOrder));
        long last = 0;
        for (AppliedMigration m : ms) {
            assertThat(m.appliedOrder()).as("applied_order increases").isGreaterThan(last);
            last = m.appliedOrder();
            out.add(m.module() + " " + m.version());
        }
        return out;
    }

    private static List<String> render(Map<String, Integer> tables) {
        return new TreeMap<>(tables).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private record Outcome(List<String> steps, MigrationException failure, boolean thrown) {
    }

    /** A store whose first write transaction is preceded, once, by another process's whole run. */
    private static final class RacingStore implements MigrationStore {
        private final MigrationStore store;
        private Runnable other;

        RacingStore(MigrationStore store, Runnable other) {
            this.store = store;
            this.other = other;
        }

        @Override
        public EngineType engine() {
            return store.engine();
        }

        @Override
        public HistorySnapshot readHistory() {
            return store.readHistory();
        }

        @Override
        public ScriptPreparer preparer() {
            return store.preparer();
        }

        @Override
        public <T> T exclusive(Supplier<T> work) {
            return store.exclusive(work);
        }

        @Override
        public <T> T write(Function<Tx, T> work) {
            if (other != null) {
                Runnable run = other;
                other = null;
                run.run();
            }
            return store.write(work);
        }

        @Override
        public int runAlone(PlannedStep step) {
            return store.runAlone(step);
        }

        @Override
        public ModuleGroupRunner.Outcome retryingLockWaits(Supplier<ModuleGroupRunner.Outcome> group) {
            return store.retryingLockWaits(group);
        }

        @Override
        public List<String> drainNotes() {
            return store.drainNotes();
        }
    }

    // ---------------------------------------------------------------- the cases

    private static final String ITEMS = "CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
            + " active BOOLEAN DEFAULT TRUE, created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP);\n";

    static Stream<Case> cases() {
        return Stream.of(
                new Case("modules install in dependency order, each schema before its own migrations")
                        .files(t -> {
                            t.module("z/base").schema(ITEMS).migration("1_tags.sql", "CREATE TABLE tags (id INTEGER);")
                                    .migration("2_seed.sql", "INSERT INTO tags (id) VALUES (1), (2);");
                            t.module("m/mid").deps("z/base").schema("CREATE TABLE mids (item_id INTEGER"
                                    + " REFERENCES items(id));");
                            t.module("a/top").deps("m/mid").schema("CREATE TABLE tops (id INTEGER);")
                                    .migration("1_more.sql", "INSERT INTO tops (id) VALUES (7);");
                        })
                        .run("migrate")
                        .steps("SCHEMA z/base", "MIGRATION z/base 1", "MIGRATION z/base 2", "SCHEMA m/mid",
                                "SCHEMA a/top", "MIGRATION a/top 1")
                        .history("schema a/top", "schema m/mid", "schema z/base", "z/base 1", "z/base 2", "a/top 1")
                        .tables("items=0", "mids=0", "tags=2", "tops=1"),
                new Case("versions order numerically and a second run does nothing")
                        .files(t -> t.module("core/log").schema("CREATE TABLE log (n INTEGER);")
                                .migration("10_ten.sql", "INSERT INTO log (n) VALUES (10);")
                                .migration("2_two.sql", "INSERT INTO log (n) VALUES (2);")
                                .migration("1_one.sql", "INSERT INTO log (n) VALUES (1);"))
                        .run("migrate")
                        .steps("SCHEMA core/log", "MIGRATION core/log 1", "MIGRATION core/log 2", "MIGRATION core/log 10")
                        .then().run("migrate").steps()
                        .history("schema core/log", "core/log 1", "core/log 2", "core/log 10")
                        .tables("log=3"),
                new Case("what another process applied after this run planned is not applied again")
                        .files(t -> {
                            t.module("core/a").schema(ITEMS)
                                    .migration("1_one.sql", "INSERT INTO items (name) VALUES ('one');")
                                    .migration("2_two.sql", "CREATE TABLE two (id INTEGER);");
                            t.module("core/b").deps("core/a").schema("CREATE TABLE bees (id INTEGER);");
                        })
                        .run("race").steps()
                        .history("schema core/a", "schema core/b", "core/a 1", "core/a 2")
                        .tables("bees=0", "items=1", "two=0"),
                new Case("a migration added later is the only one applied")
                        .files(t -> t.module("core/log").schema("CREATE TABLE log (n INTEGER);")
                                .migration("1_one.sql", "INSERT INTO log (n) VALUES (1);"))
                        .run("migrate")
                        .then().files(t -> t.module("core/log").migration("2_two.sql", "INSERT INTO log (n) VALUES (2);"))
                        .run("migrate").steps("MIGRATION core/log 2")
                        .history("schema core/log", "core/log 1", "core/log 2").tables("log=2"),
                new Case("a failed migration leaves nothing of itself, keeps the ones before and stops the run")
                        .files(t -> {
                            t.module("core/a").schema(ITEMS)
                                    .migration("1_ok.sql", "INSERT INTO items (name) VALUES ('one');")
                                    .migration("2_bad.sql", "CREATE TABLE half (id INTEGER);\n"
                                            + "INSERT INTO items (name) VALUES ('two');\nINSERT INTO missing (id) VALUES (1);\n")
                                    .migration("3_after.sql", "INSERT INTO items (name) VALUES ('three');");
                            t.module("core/b").deps("core/a").schema("CREATE TABLE bees (id INTEGER);");
                        })
                        .run("migrate")
                        .steps("SCHEMA core/a", "MIGRATION core/a 1")
                        .fails(Reason.STATEMENT_FAILED, "core/a", "2_bad.sql:3:", "missing")
                        .history("schema core/a", "core/a 1")
                        .tables("items=1")
                        .then().files(t -> t.module("core/a").migration("2_bad.sql",
                                "CREATE TABLE half (id INTEGER);\nINSERT INTO items (name) VALUES ('two');\n"))
                        .run("migrate")
                        .steps("MIGRATION core/a 2", "MIGRATION core/a 3", "SCHEMA core/b")
                        .history("schema core/a", "schema core/b", "core/a 1", "core/a 2", "core/a 3")
                        .tables("bees=0", "half=0", "items=3"),
                new Case("a failed schema skips its dependents and the other modules go on")
                        .files(t -> {
                            t.module("core/a").schema(ITEMS);
                            t.module("core/b").deps("core/a").schema("CREATE TABLE bees (id INTEGER);\n"
                                    + "INSERT INTO nowhere (id) VALUES (1);");
                            t.module("core/c").deps("core/b").schema("CREATE TABLE cees (id INTEGER);");
                            t.module("core/d").deps("core/a").schema("CREATE TABLE dees (id INTEGER);");
                        })
                        .run("migrate")
                        .steps("SCHEMA core/a", "SCHEMA core/d")
                        .fails(Reason.STATEMENT_FAILED, "core/b", "schema.sql:2:", "nowhere")
                        .history("schema core/a", "schema core/d")
                        .tables("dees=0", "items=0"),
                new Case("one module and what it depends on, nothing else")
                        .files(t -> {
                            t.module("core/a").schema(ITEMS);
                            t.module("core/b").deps("core/a").schema("CREATE TABLE bees (id INTEGER);")
                                    .migration("1_x.sql", "INSERT INTO bees (id) VALUES (1);");
                            t.module("core/c").schema("CREATE TABLE cees (id INTEGER);");
                        })
                        .run("migrate core/b")
                        .steps("SCHEMA core/a", "SCHEMA core/b", "MIGRATION core/b 1")
                        .history("schema core/a", "schema core/b", "core/b 1")
                        .tables("bees=1", "items=0"),
                new Case("schemas only, then the migrations; a dry run writes nothing")
                        .files(t -> t.module("core/a").schema(ITEMS)
                                .migration("1_x.sql", "INSERT INTO items (name) VALUES ('x');"))
                        .run("dry-run").steps().history().tables()
                        .then().run("schemas").steps("SCHEMA core/a").history("schema core/a").tables("items=0")
                        .then().run("migrate").steps("MIGRATION core/a 1").tables("items=1"),
                new Case("rollback undoes the newest first and forgets their rows")
                        .files(t -> t.module("core/a").schema(ITEMS)
                                .migration("1_t.sql", "CREATE TABLE t1 (id INTEGER);")
                                .migration("1_t.rollback.sql", "DROP TABLE t1;")
                                .migration("2_t.sql", "CREATE TABLE t2 (id INTEGER);")
                                .migration("2_t.rollback.sql", "DROP TABLE t2;")
                                .migration("3_t.sql", "CREATE TABLE t3 (id INTEGER);")
                                .migration("3_t.rollback.sql", "DROP TABLE t3;"))
                        .run("migrate")
                        .then().run("rollback 2").steps("ROLLBACK core/a 3", "ROLLBACK core/a 2")
                        .history("schema core/a", "core/a 1").tables("items=0", "t1=0")
                        .then().run("migrate").steps("MIGRATION core/a 2", "MIGRATION core/a 3")
                        .tables("items=0", "t1=0", "t2=0", "t3=0"),
                new Case("rollback is refused without a rollback file, and forced only forgets the row")
                        .files(t -> t.module("core/a").schema(ITEMS)
                                .migration("1_t.sql", "CREATE TABLE t1 (id INTEGER);")
                                .migration("1_t.rollback.sql", "DROP TABLE t1;")
                                .migration("2_t.sql", "CREATE TABLE t2 (id INTEGER);"))
                        .run("migrate")
                        .then().run("rollback 2").refused(Reason.ROLLBACK_MISSING, "2_t.rollback.sql", "--force")
                        .history("schema core/a", "core/a 1", "core/a 2").tables("items=0", "t1=0", "t2=0")
                        .then().run("rollback! 1").steps("ROLLBACK core/a 2")
                        .history("schema core/a", "core/a 1").tables("items=0", "t1=0", "t2=0"),
                new Case("rollback is refused while a dependent module built on the migration")
                        .files(t -> {
                            t.module("core/a").schema(ITEMS)
                                    .migration("1_t.sql", "CREATE TABLE t1 (id INTEGER);")
                                    .migration("1_t.rollback.sql", "DROP TABLE t1;");
                            t.module("core/b").deps("core/a").schema("CREATE TABLE bees (id INTEGER);")
                                    .migration("1_b.sql", "INSERT INTO t1 (id) VALUES (1);")
                                    .migration("1_b.rollback.sql", "DROP TABLE bees;");
                        })
                        .run("migrate")
                        .then().run("rollback 1 core/a").refused(Reason.ROLLBACK_BLOCKED, "core/b", "1_b.sql")
                        .history("schema core/a", "schema core/b", "core/a 1", "core/b 1")
                        .tables("bees=0", "items=0", "t1=1"),
                new Case("a failing rollback file keeps the migration applied and recorded")
                        .files(t -> t.module("core/a").schema(ITEMS)
                                .migration("1_t.sql", "CREATE TABLE t1 (id INTEGER);")
                                .migration("1_t.rollback.sql", "DROP TABLE t1;\nDROP TABLE not_there;"))
                        .run("migrate")
                        .then().run("rollback 1").steps()
                        .fails(Reason.STATEMENT_FAILED, "1_t.rollback.sql:2:", "not_there")
                        .history("schema core/a", "core/a 1").tables("items=0", "t1=0"),
                new Case("an edited applied migration is refused before anything runs, until repaired")
                        .files(t -> t.module("core/a").schema(ITEMS)
                                .migration("1_t.sql", "CREATE TABLE t1 (id INTEGER);"))
                        .run("migrate")
                        .then().files(t -> t.module("core/a")
                                .migration("1_t.sql", "CREATE TABLE t1 (id INTEGER, extra TEXT);")
                                .migration("2_t.sql", "CREATE TABLE t2 (id INTEGER);"))
                        .run("migrate").refused(Reason.CHECKSUM_MISMATCH, "1_t.sql")
                        .history("schema core/a", "core/a 1").tables("items=0", "t1=0")
                        .then().run("repair")
                        .then().run("migrate").steps("MIGRATION core/a 2")
                        .history("schema core/a", "core/a 1", "core/a 2"),
                new Case("a no-transaction migration keeps the statements before a failure and is not recorded")
                        .files(t -> t.module("core/a").schema(ITEMS)
                                .migration("1_t.sql", "-- spdb:no-transaction\nCREATE TABLE t1 (id INTEGER);\n"
                                        + "INSERT INTO nope (id) VALUES (1);"))
                        .run("migrate").steps("SCHEMA core/a")
                        .fails(Reason.PARTIALLY_APPLIED, "1_t.sql", "1 of 2 statements")
                        .history("schema core/a").tables("items=0", "t1=0"),
                new Case("an unknown module is named")
                        .files(t -> t.module("core/a").schema(ITEMS))
                        .run("migrate core/nope").refused(Reason.NOT_FOUND, "core/nope", "core/a")
                        .history().tables());
    }

    /** One contract case: a name and its phases. */
    static final class Case {
        final String name;
        final List<Phase> phases = new ArrayList<>();

        Case(String name) {
            this.name = name;
            phases.add(new Phase());
        }

        private Phase last() {
            return phases.get(phases.size() - 1);
        }

        Case files(Consumer<ModuleTree> files) {
            last().files = files;
            return this;
        }

        Case run(String op) {
            last().op = op;
            return this;
        }

        Case steps(String... steps) {
            last().steps = List.of(steps);
            return this;
        }

        Case history(String... rows) {
            last().history = List.of(rows);
            return this;
        }

        Case tables(String... tables) {
            last().tables = List.of(tables);
            return this;
        }

        /** The run reports this failure in its result. */
        Case fails(Reason reason, String... messageHas) {
            last().failure = reason;
            last().messageHas = List.of(messageHas);
            return this;
        }

        /** The operation is refused: it throws before running anything. */
        Case refused(Reason reason, String... messageHas) {
            fails(reason, messageHas);
            last().thrown = true;
            return this;
        }

        Case then() {
            phases.add(new Phase());
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One operation and what must hold after it; null expectations are not checked. */
    static final class Phase {
        Consumer<ModuleTree> files = t -> {
        };
        String op;
        List<String> steps;
        List<String> history;
        List<String> tables;
        Reason failure;
        boolean thrown;
        List<String> messageHas = List.of();
    }
}
