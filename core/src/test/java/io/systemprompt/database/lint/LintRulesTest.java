package io.systemprompt.database.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.systemprompt.database.module.ModuleDiscovery;
import io.systemprompt.database.module.ModuleRoot;
import io.systemprompt.database.module.ModuleSet;
import io.systemprompt.database.testing.ModuleTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule with a file that triggers it and one that does not. Module {@code shop} has a schema
 * that passes every rule; each case adds or replaces files. Rules about PostgreSQL are exercised on
 * the translation of a generic file and on {@code .postgres.sql} overrides.
 */
class LintRulesTest {
    static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS shop_customers (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              name TEXT NOT NULL,
              created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
              updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
            );
            CREATE TABLE IF NOT EXISTS shop_orders (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              customer_id INTEGER NOT NULL,
              total INTEGER NOT NULL DEFAULT 0,
              note TEXT,
              created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
              updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
              FOREIGN KEY (customer_id) REFERENCES shop_customers(id)
            );
            CREATE INDEX IF NOT EXISTS idx_shop_orders_customer ON shop_orders(customer_id);
            """;
    static final String TABLE = """
            CREATE TABLE IF NOT EXISTS %s (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
              updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
            );
            """;
    static final String M = "database/migrations/001_change.sql";
    static final String PG = "database/migrations/001_change.postgres.sql";
    static final String NO_TX = "-- spdb:no-transaction\n";

    @TempDir
    Path dir;

    /**
     * One case.
     *
     * @param rule     the rule under test
     * @param name     what the case shows
     * @param files    files of module {@code shop} (relative path to text), written over the good schema
     * @param expected the severity the rule reports, or null when it must report nothing
     */
    record Case(String rule, String name, Map<String, String> files, Severity expected) {
        @Override
        public String toString() {
            return rule + ": " + name + " -> " + (expected == null ? "nothing" : expected.id());
        }
    }

    static Case c(String rule, String name, Severity expected, String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return new Case(rule, name, files, expected);
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        all.add(c("table-prefix", "unprefixed table", Severity.WARNING, M, TABLE.formatted("orders_archive")));
        all.add(c("table-prefix", "prefixed table", null, M, TABLE.formatted("shop_archive")));
        all.add(c("table-prefix", "users is allowed by default", null, M, TABLE.formatted("users")));
        all.add(c("table-prefix", "a table named like the module", null, M, TABLE.formatted("shop")));
        all.add(c("snake-case", "camelCase column", Severity.WARNING,
                M, "ALTER TABLE shop_orders ADD COLUMN dueDate TIMESTAMP;"));
        all.add(c("snake-case", "mixed-case table", Severity.WARNING, M, TABLE.formatted("\"shop_Archive\"")));
        all.add(c("snake-case", "snake_case names", null, M, "ALTER TABLE shop_orders ADD COLUMN due_date TIMESTAMP;"));
        all.add(c("timestamps", "no updated_at", Severity.WARNING, M, """
                CREATE TABLE IF NOT EXISTS shop_log (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);"""));
        all.add(c("timestamps", "both timestamps", null, M, TABLE.formatted("shop_log")));
        all.add(c("primary-key", "no primary key", Severity.WARNING, M, """
                CREATE TABLE IF NOT EXISTS shop_tags (tag TEXT NOT NULL,
                  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);"""));
        all.add(c("primary-key", "table-level primary key", null, M, """
                CREATE TABLE IF NOT EXISTS shop_tags (tag TEXT NOT NULL,
                  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (tag));"""));
        all.add(c("fk-index", "foreign key without index", Severity.WARNING,
                "database/schema.sql", SCHEMA.replace("CREATE INDEX IF NOT EXISTS idx_shop_orders_customer"
                        + " ON shop_orders(customer_id);", "")));
        all.add(c("fk-index", "index added by a later migration", null,
                "database/schema.sql", SCHEMA.replace("CREATE INDEX IF NOT EXISTS idx_shop_orders_customer"
                        + " ON shop_orders(customer_id);", ""),
                M, "CREATE INDEX IF NOT EXISTS idx_shop_orders_customer ON shop_orders(customer_id, created_at);",
                "database/migrations/001_change.postgres.sql", NO_TX
                        + "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_shop_orders_customer ON shop_orders(customer_id);"));
        all.add(c("idempotent", "CREATE TABLE without IF NOT EXISTS", Severity.WARNING,
                M, TABLE.formatted("shop_log").replace(" IF NOT EXISTS", "")));
        all.add(c("idempotent", "ADD COLUMN is reported as info", Severity.INFO,
                M, "ALTER TABLE shop_orders ADD COLUMN due_date TIMESTAMP;"));
        all.add(c("idempotent", "IF NOT EXISTS", null, M, TABLE.formatted("shop_log")));
        all.add(c("pg-index-concurrently", "index on a table of an earlier file", Severity.ERROR,
                M, "CREATE INDEX IF NOT EXISTS idx_shop_orders_total ON shop_orders(total);"));
        all.add(c("pg-index-concurrently", "drop index of an earlier file", Severity.ERROR,
                M, "DROP INDEX IF EXISTS idx_shop_orders_customer;"));
        all.add(c("pg-index-concurrently", "index on a table no file creates", Severity.WARNING,
                M, "CREATE INDEX IF NOT EXISTS idx_shop_other ON shop_other(total);"));
        all.add(c("pg-index-concurrently", "index on a table the same file creates", null,
                M, TABLE.formatted("shop_log") + "CREATE INDEX IF NOT EXISTS idx_shop_log_c ON shop_log(created_at);"));
        all.add(c("pg-index-concurrently", "CONCURRENTLY in a no-transaction override", null,
                M, "CREATE INDEX IF NOT EXISTS idx_shop_orders_total ON shop_orders(total);",
                PG, NO_TX + "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_shop_orders_total ON shop_orders(total);"));
        all.add(c("pg-concurrently-in-transaction", "CONCURRENTLY without the marker", Severity.ERROR,
                M, "CREATE INDEX IF NOT EXISTS idx_shop_orders_total ON shop_orders(total);",
                PG, "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_shop_orders_total ON shop_orders(total);"));
        all.add(c("pg-concurrently-in-transaction", "CONCURRENTLY with the marker", null,
                M, "CREATE INDEX IF NOT EXISTS idx_shop_orders_total ON shop_orders(total);",
                PG, NO_TX + "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_shop_orders_total ON shop_orders(total);"));
        all.add(c("pg-not-null-column", "NOT NULL without DEFAULT", Severity.ERROR,
                M, "ALTER TABLE shop_orders ADD COLUMN status TEXT NOT NULL;"));
        all.add(c("pg-not-null-column", "NOT NULL with DEFAULT", null,
                M, "ALTER TABLE shop_orders ADD COLUMN status TEXT NOT NULL DEFAULT 'new';"));
        all.add(c("pg-volatile-default", "random default (translated to gen_random_uuid)", Severity.ERROR,
                M, "ALTER TABLE shop_orders ADD COLUMN token TEXT DEFAULT (lower(hex(randomblob(16))));"));
        all.add(c("pg-volatile-default", "CURRENT_TIMESTAMP default", null,
                M, "ALTER TABLE shop_orders ADD COLUMN shipped_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP;"));
        all.add(c("pg-set-not-null", "SET NOT NULL", Severity.ERROR, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ALTER COLUMN note SET NOT NULL;"));
        all.add(c("pg-set-not-null", "DROP NOT NULL", null, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ALTER COLUMN total DROP NOT NULL;"));
        all.add(c("pg-not-valid", "CHECK without NOT VALID", Severity.ERROR, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ADD CONSTRAINT shop_orders_total CHECK (total >= 0);"));
        all.add(c("pg-not-valid", "FOREIGN KEY without NOT VALID", Severity.ERROR, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ADD FOREIGN KEY (customer_id) REFERENCES shop_customers(id);"));
        all.add(c("pg-not-valid", "CHECK NOT VALID", null, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ADD CONSTRAINT shop_orders_total CHECK (total >= 0) NOT VALID;"));
        all.add(c("pg-unique-constraint", "UNIQUE constraint", Severity.ERROR, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ADD CONSTRAINT shop_orders_note UNIQUE (note);"));
        all.add(c("pg-unique-constraint", "UNIQUE column", Severity.ERROR, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ADD COLUMN code TEXT UNIQUE;"));
        all.add(c("pg-unique-constraint", "UNIQUE USING INDEX", null, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ADD CONSTRAINT shop_orders_note UNIQUE USING INDEX idx_note;"));
        all.add(c("pg-column-type", "type change", Severity.ERROR, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ALTER COLUMN note TYPE VARCHAR(10);"));
        all.add(c("pg-column-type", "default change", null, M, "SELECT 1;",
                PG, "ALTER TABLE shop_orders ALTER COLUMN note SET DEFAULT '';"));
        all.add(c("pg-drop-rename", "drop a column of an earlier file", Severity.ERROR,
                M, "ALTER TABLE shop_orders DROP COLUMN note;"));
        all.add(c("pg-drop-rename", "rename a column of an earlier file", Severity.ERROR,
                M, "ALTER TABLE shop_orders RENAME COLUMN note TO remark;"));
        all.add(c("pg-drop-rename", "drop a table of an earlier file", Severity.ERROR,
                M, "DROP TABLE IF EXISTS shop_orders;"));
        all.add(c("pg-drop-rename", "drop a table the same file created", null,
                M, TABLE.formatted("shop_tmp") + "DROP TABLE IF EXISTS shop_tmp;"));
        all.add(c("pg-lock-timeout", "no-transaction file altering a table", Severity.ERROR,
                M, "ALTER TABLE shop_orders ADD COLUMN due_date TIMESTAMP;",
                PG, NO_TX + "ALTER TABLE shop_orders ADD COLUMN due_date TIMESTAMPTZ;"));
        all.add(c("pg-lock-timeout", "no-transaction file that sets lock_timeout", null,
                M, "ALTER TABLE shop_orders ADD COLUMN due_date TIMESTAMP;",
                PG, NO_TX + "SET lock_timeout = '5s';\nALTER TABLE shop_orders ADD COLUMN due_date TIMESTAMPTZ;"));
        all.add(c("pg-lock-timeout", "transactional file: the runner sets lock_timeout", null,
                M, "ALTER TABLE shop_orders ADD COLUMN due_date TIMESTAMP;"));
        all.add(c("pg-translation", "SQLite-only statement", Severity.ERROR, M, "PRAGMA user_version = 2;"));
        all.add(c("pg-translation", "portable statement", null, M, "UPDATE shop_orders SET total = 0;"));
        all.add(c("parse-error", "unterminated string", Severity.ERROR, M, "UPDATE shop_orders SET note = 'x;"));
        all.add(c("parse-error", "well-formed file", null, M, "UPDATE shop_orders SET note = 'x';"));
        all.add(c("lint-ignore", "suppression without a reason", Severity.WARNING,
                M, "-- spdb:lint-ignore table-prefix\n" + TABLE.formatted("archive")));
        all.add(c("lint-ignore", "suppression of an unknown rule", Severity.WARNING,
                M, "-- spdb:lint-ignore no-such-rule because\n" + TABLE.formatted("shop_archive")));
        all.add(c("lint-ignore", "suppression with a reason", null,
                M, "-- spdb:lint-ignore table-prefix shared with the billing service\n" + TABLE.formatted("archive")));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(Case c) {
        ModuleTree.Module shop = new ModuleTree(dir).module("shop").schema(SCHEMA);
        c.files().forEach((path, text) -> write(shop.file(path), text));
        List<LintFinding> found = lint(LintConfig.DEFAULTS).findings().stream()
                .filter(f -> f.ruleId().equals(c.rule())).toList();
        if (c.expected() == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).isNotEmpty().allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(c.expected());
                assertThat(f.module()).isEqualTo("shop");
                assertThat(f.line()).isPositive();
                assertThat(f.message()).isNotBlank();
                assertThat(f.fix()).isNotBlank();
            });
        }
    }

    @Test
    void theSingularOfAPluralModuleNameIsAPrefixToo() {
        new ModuleTree(dir).module("core/orders").schema(TABLE.formatted("order_items") + TABLE.formatted("items"));
        assertThat(lint(LintConfig.DEFAULTS).findings()).filteredOn(f -> f.ruleId().equals("table-prefix"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("table items ", "'orders_'"));
    }

    @Test
    void aSuppressionWithAReasonHidesOnlyItsRule() {
        ModuleTree.Module shop = new ModuleTree(dir).module("shop").schema(SCHEMA);
        write(shop.file(M), "-- spdb:lint-ignore table-prefix shared with the billing service\n"
                + TABLE.formatted("archive").replace(" IF NOT EXISTS", ""));
        List<String> rules = lint(LintConfig.DEFAULTS).findings().stream().map(LintFinding::ruleId).toList();
        assertThat(rules).contains("idempotent").doesNotContain("table-prefix");
    }

    @Test
    void theSchemaOfAnotherModuleMayNotCreateAnOwnedTable() {
        ModuleTree tree = new ModuleTree(dir);
        tree.module("shop").schema(SCHEMA);
        tree.module("billing").deps("shop").schema(TABLE.formatted("shop_orders") + TABLE.formatted("billing_runs"));
        // Discovery itself refuses two schema files creating one table, before any rule runs.
        assertThatThrownBy(() -> lint(LintConfig.DEFAULTS))
                .isInstanceOfSatisfying(io.systemprompt.database.module.ModuleDiscoveryException.class,
                        e -> assertThat(e.getMessage()).contains("shop_orders", "'shop'", "'billing'"));
    }

    @Test
    void theOwnModuleSchemaIsNotReportedAsAnotherOwner() {
        new ModuleTree(dir).module("shop").schema(SCHEMA + TABLE.formatted("shop_orders"));
        assertThat(lint(LintConfig.DEFAULTS).findings()).noneMatch(f -> f.ruleId().equals("schema-owner"));
    }

    @Test
    void lockTimeoutIsReportedOnTransactionalFilesWhenTheRunnerSetsNone() {
        ModuleTree.Module shop = new ModuleTree(dir).module("shop").schema(SCHEMA);
        write(shop.file(M), "ALTER TABLE shop_orders ADD COLUMN due_date TIMESTAMP;");
        List<LintFinding> found = lint(LintConfig.DEFAULTS.withRunnerSetsLockTimeout(false)).findings().stream()
                .filter(f -> f.ruleId().equals("pg-lock-timeout")).toList();
        assertThat(found).singleElement().extracting(LintFinding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void configuredSeveritiesAndExceptionsApply() {
        ModuleTree.Module shop = new ModuleTree(dir).module("shop").schema(SCHEMA);
        write(shop.file(M), TABLE.formatted("archive") + TABLE.formatted("legacy"));
        LintConfig config = new LintConfig(java.util.Set.of("legacy"), Map.of("table-prefix", Severity.ERROR),
                List.of(), true);
        assertThat(lint(config).findings()).filteredOn(f -> f.ruleId().equals("table-prefix"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("archive");
                });
        LintConfig off = new LintConfig(java.util.Set.of(), Map.of("table-prefix", Severity.OFF), List.of(), true);
        assertThat(lint(off).findings()).noneMatch(f -> f.ruleId().equals("table-prefix"));
        LintConfig excepted = new LintConfig(java.util.Set.of(), Map.of(),
                List.of(new LintConfig.Accepted("table-prefix", "shop", "archive", null, "kept for the old API")),
                true);
        assertThat(lint(excepted).findings()).filteredOn(f -> f.ruleId().equals("table-prefix"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("legacy"));
    }

    @Test
    void findingsPointAtTheStatement() {
        ModuleTree.Module shop = new ModuleTree(dir).module("shop").schema(SCHEMA);
        write(shop.file(M), "-- add a column\n\nALTER TABLE shop_orders ADD COLUMN status TEXT NOT NULL;");
        LintFinding f = lint(LintConfig.DEFAULTS).findings().stream()
                .filter(x -> x.ruleId().equals("pg-not-null-column")).findFirst().orElseThrow();
        assertThat(f.file()).endsWith("001_change.sql");
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.column()).isEqualTo(1);
        assertThat(f.format()).startsWith("error pg-not-null-column shop ").contains("001_change.sql:3:1: ");
    }

    @Test
    void onlyModuleKeepsThatModulesFindings() {
        ModuleTree tree = new ModuleTree(dir);
        tree.module("shop").schema(SCHEMA + TABLE.formatted("archive"));
        tree.module("billing").deps("shop").schema(TABLE.formatted("runs"));
        ModuleSet modules = ModuleDiscovery.discover(List.of(new ModuleRoot.Directory(dir)));
        LintReport report = new Linter(LintConfig.DEFAULTS).lint(modules, "billing");
        assertThat(report.findings()).isNotEmpty().allMatch(f -> f.module().equals("billing"));
    }

    private LintReport lint(LintConfig config) {
        return new Linter(config).lint(ModuleDiscovery.discover(List.of(new ModuleRoot.Directory(dir))));
    }

    private static void write(Path file, String text) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
