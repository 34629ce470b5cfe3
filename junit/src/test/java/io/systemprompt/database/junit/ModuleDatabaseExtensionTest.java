package io.systemprompt.database.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.junit.ModuleDatabaseTest.Lifecycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs small test classes through the JUnit engine and checks what the extension gave them: fresh or
 * shared databases, one run per engine, scratch databases dropped, skips and failures.
 */
class ModuleDatabaseExtensionTest {
    /** Names of the PostgreSQL scratch databases the sample classes saw. */
    static final List<String> SCRATCH = new CopyOnWriteArrayList<>();
    /** Engines the sample classes ran on. */
    static final List<EngineType> ENGINES = new CopyOnWriteArrayList<>();

    @Test
    void perMethodGivesEveryTestAnEmptyDatabase() {
        EngineExecutionResults r = run(PerMethod.class, Map.of());
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void perClassSharesOneDatabaseAcrossTheClass() {
        EngineExecutionResults r = run(PerClass.class, Map.of());
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void bothEnginesRunsTheClassOncePerEngineAndDropsTheScratchDatabase() throws Exception {
        SCRATCH.clear();
        ENGINES.clear();
        EngineExecutionResults r = run(OnBoth.class, Map.of());
        List<String> invocations = r.containerEvents().started().stream().map(Event::getTestDescriptor)
                .map(d -> d.getDisplayName()).filter(n -> n.startsWith("[")).toList();
        assertThat(invocations).containsExactly("[sqlite]", "[postgres]");
        boolean pgSkipped = r.containerEvents().aborted().count() > 0;
        if (pgSkipped) {
            assertThat(ENGINES).containsExactly(EngineType.SQLITE);
            return; // no server here: the skip itself is what the notice test checks
        }
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(ENGINES).containsExactly(EngineType.SQLITE, EngineType.POSTGRES);
        assertThat(SCRATCH).hasSize(1).allMatch(n -> n.startsWith("spdb_junit_"));
        try (Connection c = adminConnection();
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            st.setString(1, SCRATCH.get(0));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("scratch database %s dropped", SCRATCH.get(0)).isZero();
            }
        }
    }

    @Test
    void anUnreachableServerSkipsThePostgresRunWithANotice() {
        EngineExecutionResults r = run(OnBoth.class, Map.of("spdb.test.pg.port", "1", "spdb.require.postgres", "false"));
        assertThat(r.containerEvents().aborted().count()).isEqualTo(1);
        r.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void anUnreachableServerFailsThePostgresRunWhenPostgresIsRequired() {
        EngineExecutionResults r = run(OnBoth.class, Map.of("spdb.test.pg.port", "1", "spdb.require.postgres", "true"));
        List<Throwable> failures = r.containerEvents().failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow())
                .map(t -> t.getThrowable().orElseThrow()).toList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(AssertionError.class).hasMessageContaining("unreachable")
                .hasMessageContaining("SPDB_REQUIRE_POSTGRES");
    }

    @Test
    void aModuleThatFailsToInstallFailsTheClassWithTheLibrarysMessage() {
        EngineExecutionResults r = run(Broken.class, Map.of());
        List<Throwable> failures = r.containerEvents().failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow())
                .map(t -> t.getThrowable().orElseThrow()).toList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).hasMessageContaining("core/broken").hasMessageContaining("schema.sql");
        r.testEvents().assertStatistics(s -> s.started(0));
    }

    private static EngineExecutionResults run(Class<?> sample, Map<String, String> parameters) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample))
                .configurationParameters(parameters).execute();
    }

    private static Connection adminConnection() throws java.sql.SQLException {
        String host = System.getenv().getOrDefault("SPDB_TEST_PG_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("SPDB_TEST_PG_PORT", "5432"));
        String user = System.getenv().getOrDefault("SPDB_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("SPDB_TEST_PG_PASSWORD", "");
        return new PostgresServer(host, port, user, password, true).admin();
    }

    /** Each method starts from the installed modules only. */
    @ModuleDatabaseTest(modules = "../src/modules", lifecycle = Lifecycle.PER_METHOD)
    static class PerMethod {
        @Test
        void first(Database db) {
            insertAndCount(db, 1);
        }

        @Test
        void second(Database db) {
            insertAndCount(db, 1);
        }
    }

    /** The second method sees the first one's row. */
    @ModuleDatabaseTest(modules = "../src/modules")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClass {
        @Test
        @Order(1)
        void first(Database db) {
            insertAndCount(db, 1);
        }

        @Test
        @Order(2)
        void second(Database db) {
            insertAndCount(db, 2);
        }
    }

    /** Records its engine and, on PostgreSQL, the scratch database's name. */
    @ModuleDatabaseTest(modules = "../src/modules")
    @BothEngines
    static class OnBoth {
        @Test
        void recordsWhereItRan(Database db, EngineType engine) {
            ENGINES.add(engine);
            assertThat(db.config().engine()).isEqualTo(engine);
            if (engine == EngineType.POSTGRES) {
                SCRATCH.add(db.queryValue("SELECT current_database()", String.class).orElseThrow());
            }
            insertAndCount(db, 1);
        }

        @AfterEach
        void stillOpenAfterTheTest(Database db) {
            assertThat(db.queryValue("SELECT count(*) FROM config_settings WHERE key = ?", Long.class, "sample.key"))
                    .contains(1L);
        }
    }

    /** Its module's schema.sql has a syntax error. */
    @ModuleDatabaseTest(modules = "classpath:broken-modules")
    static class Broken {
        @Test
        void neverRuns(Database db) {
            throw new AssertionError("the database should not have opened");
        }
    }

    private static void insertAndCount(Database db, long expected) {
        db.insert("INSERT INTO config_settings (key, value) VALUES (?, ?)", expected == 1 ? "sample.key" : "other.key",
                "v");
        assertThat(db.queryValue("SELECT count(*) FROM config_settings WHERE key LIKE ?", Long.class, "%.key"))
                .contains(expected);
    }
}
