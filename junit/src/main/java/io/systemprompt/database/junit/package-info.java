/**
 * A JUnit 5 extension for module authors: {@link io.systemprompt.database.junit.ModuleDatabaseTest}
 * gives each test class (or each test method) a fresh database with the modules under test installed
 * and migrated, injected as a {@link io.systemprompt.database.Database} parameter, and
 * {@link io.systemprompt.database.junit.BothEngines} runs the class once on SQLite and once on
 * PostgreSQL.
 *
 * <pre>{@code
 * @ModuleDatabaseTest(modules = "src/modules")
 * @BothEngines
 * class ConfigModuleTest {
 *     @Test
 *     void createsTheSettingsTable(Database db) {
 *         assertThat(db.queryValue("SELECT count(*) FROM config_settings", Long.class)).isPresent();
 *     }
 * }
 * }</pre>
 *
 * <p>The PostgreSQL server comes from the JUnit configuration parameters {@code spdb.test.pg.host},
 * {@code .port}, {@code .user}, {@code .password}, or else the environment variables
 * {@code SPDB_TEST_PG_HOST}, {@code SPDB_TEST_PG_PORT}, {@code SPDB_TEST_PG_USER},
 * {@code SPDB_TEST_PG_PASSWORD} (default {@code 127.0.0.1:5432}, user {@code postgres}). Each run
 * creates its own scratch database and drops it afterwards. Without a reachable server the
 * PostgreSQL runs are skipped with a notice on standard error, unless {@code SPDB_REQUIRE_POSTGRES=1}
 * (or {@code spdb.require.postgres=true}) makes that a failure.
 */
package io.systemprompt.database.junit;
