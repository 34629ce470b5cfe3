package io.systemprompt.database.lint;

import io.systemprompt.database.lint.AlterAction.Kind;
import io.systemprompt.database.lint.Catalog.Origin;
import io.systemprompt.database.lint.LintRule.View;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * PostgreSQL lock hazards of migrations, checked on the statements PostgreSQL runs. A hazard on a
 * table an earlier file created is an error (it may hold rows and serve traffic), on a table no linted
 * file creates a warning, and on a table the same file creates nothing at all. {@code schema.sql} and
 * {@code init.sql} run on a first install and are not checked.
 */
final class PostgresRules {
    /** Functions whose value differs per row: as a column default they make PostgreSQL rewrite the table. */
    private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "gen_random_bytes",
            "uuid_generate_v1", "uuid_generate_v4", "clock_timestamp", "timeofday", "nextval", "txid_current",
            "random_normal");
    private static final String NO_TX = "a migration of its own whose first line is -- spdb:no-transaction";

    private PostgresRules() {
    }

    static List<LintRule> all() {
        return List.of(
                rule("pg-index-concurrently", "CREATE INDEX and DROP INDEX on an existing table use CONCURRENTLY.",
                        PostgresRules::indexConcurrently),
                new Rule("pg-concurrently-in-transaction", Severity.ERROR, View.POSTGRES,
                        "CONCURRENTLY only in a -- spdb:no-transaction migration.", PostgresRules::concurrentlyInTx),
                rule("pg-not-null-column", "ADD COLUMN … NOT NULL has a DEFAULT.", PostgresRules::notNullColumn),
                rule("pg-volatile-default", "ADD COLUMN has no volatile DEFAULT (it rewrites the table).",
                        PostgresRules::volatileDefault),
                rule("pg-set-not-null", "No ALTER COLUMN … SET NOT NULL on an existing table.",
                        PostgresRules::setNotNull),
                rule("pg-not-valid", "FOREIGN KEY and CHECK constraints are added NOT VALID, then validated.",
                        PostgresRules::notValid),
                rule("pg-unique-constraint", "No UNIQUE or PRIMARY KEY constraint added to an existing table.",
                        PostgresRules::unique),
                rule("pg-column-type", "No column type change on an existing table.", PostgresRules::columnType),
                rule("pg-drop-rename", "No dropping or renaming of tables and columns earlier files created.",
                        PostgresRules::dropRename),
                rule("pg-lock-timeout", "A migration taking an ACCESS EXCLUSIVE lock runs with a lock_timeout.",
                        PostgresRules::lockTimeout));
    }

    /** A rule that looks at migrations only. */
    private static Rule rule(String id, String summary, BiConsumer<Rule, RuleContext> check) {
        return new Rule(id, Severity.WARNING, View.POSTGRES, summary, (r, ctx) -> {
            if (ctx.kind == FileKind.MIGRATION) {
                check.accept(r, ctx);
            }
        });
    }

    private static void indexConcurrently(Rule rule, RuleContext ctx) {
        Ddl d = ctx.ddl;
        if (d.concurrently()) {
            return;
        }
        String fix = ctx.noTransaction ? "write CONCURRENTLY (" + verb(d) + " CONCURRENTLY IF "
                + (d.kind() == Ddl.Kind.CREATE_INDEX ? "NOT " : "") + "EXISTS …)."
                : "move it to " + NO_TX + ", written " + verb(d) + " CONCURRENTLY … (SQLite has no CONCURRENTLY:"
                        + " put it in the NNN_x.postgres.sql override and keep the plain statement in NNN_x.sql).";
        if (d.kind() == Ddl.Kind.CREATE_INDEX) {
            ctx.report(rule, ctx.hazard(d.table()), d.table(), "CREATE INDEX " + d.name() + " blocks every write to "
                    + d.table() + " " + where(ctx, d.table()) + " until the index is built.", fix);
        } else if (d.kind() == Ddl.Kind.DROP_INDEX) {
            String table = ctx.catalog.indexTable(d.name());
            ctx.report(rule, ctx.hazard(table), table, "DROP INDEX " + d.name() + " takes an ACCESS EXCLUSIVE lock on "
                    + (table == null ? "its table" : table) + ", blocking reads and writes while it waits.", fix);
        }
    }

    private static String verb(Ddl d) {
        return d.kind() == Ddl.Kind.CREATE_INDEX ? "CREATE INDEX" : "DROP INDEX";
    }

    private static String where(RuleContext ctx, String table) {
        Origin o = ctx.catalog.origin(table, ctx.file);
        if (o == Origin.EARLIER) {
            return "(created by " + ctx.catalog.table(table).map(t -> t.file).orElse("an earlier file") + ")";
        }
        return "(created outside the linted files)";
    }

    private static void concurrentlyInTx(Rule rule, RuleContext ctx) {
        boolean index = ctx.ddl.kind() == Ddl.Kind.CREATE_INDEX || ctx.ddl.kind() == Ddl.Kind.DROP_INDEX;
        if (index && ctx.ddl.concurrently() && !ctx.noTransaction) {
            rule.report(ctx, ctx.ddl.table(), "CONCURRENTLY cannot run inside a transaction block, and this file"
                    + " runs in one.", "make the first line of the file -- spdb:no-transaction, and keep the file"
                    + " to statements that are safe to re-run (IF NOT EXISTS).");
        }
    }

    private static void notNullColumn(Rule rule, RuleContext ctx) {
        for (AlterAction a : added(ctx)) {
            ColumnSpec c = a.added();
            if (c.notNull() && c.defaultText() == null && !c.identity()) {
                ctx.report(rule, ctx.hazard(ctx.ddl.table()), ctx.ddl.table(), "ADD COLUMN " + c.name()
                        + " NOT NULL without a DEFAULT fails as soon as " + ctx.ddl.table() + " has a row.",
                        "give it a constant DEFAULT, or add it nullable, backfill, then add the constraint.");
            }
        }
    }

    private static void volatileDefault(Rule rule, RuleContext ctx) {
        for (AlterAction a : added(ctx)) {
            List<String> bad = a.added().defaultCalls().stream().filter(VOLATILE::contains).toList();
            if (!bad.isEmpty()) {
                ctx.report(rule, ctx.hazard(ctx.ddl.table()), ctx.ddl.table(), "ADD COLUMN " + a.column()
                        + " DEFAULT " + a.added().defaultText() + " calls volatile " + bad + ": PostgreSQL rewrites"
                        + " every row of " + ctx.ddl.table() + " under an ACCESS EXCLUSIVE lock.",
                        "add the column without a default (or with a constant one), backfill in batches, then SET"
                                + " DEFAULT for new rows.");
            }
        }
    }

    private static void setNotNull(Rule rule, RuleContext ctx) {
        for (AlterAction a : actions(ctx, Kind.SET_NOT_NULL)) {
            ctx.report(rule, ctx.hazard(ctx.ddl.table()), ctx.ddl.table(), "SET NOT NULL on " + ctx.ddl.table() + "."
                    + a.column() + " scans the whole table under an ACCESS EXCLUSIVE lock.",
                    "first ADD CONSTRAINT … CHECK (" + a.column() + " IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT"
                            + " in a later migration, then SET NOT NULL (PostgreSQL 12+ then skips the scan).");
        }
    }

    private static void notValid(Rule rule, RuleContext ctx) {
        for (AlterAction a : actions(ctx, Kind.ADD_CONSTRAINT)) {
            boolean checked = a.constraint().equals("FOREIGN") || a.constraint().equals("CHECK");
            if (checked && !a.notValid()) {
                ctx.report(rule, ctx.hazard(ctx.ddl.table()), ctx.ddl.table(), "ADD " + a.constraint()
                        + " constraint on " + ctx.ddl.table() + " checks every row while holding a lock that blocks"
                        + " writes.", "add it NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT … in a later"
                        + " migration (validation takes a weaker lock).");
            }
        }
    }

    private static void unique(Rule rule, RuleContext ctx) {
        for (AlterAction a : ctx.ddl.actions()) {
            boolean constraint = a.kind() == Kind.ADD_CONSTRAINT && !a.usingIndex()
                    && (a.constraint().equals("UNIQUE") || a.constraint().equals("PRIMARY"));
            boolean column = a.kind() == Kind.ADD_COLUMN && (a.added().unique() || a.added().primaryKey());
            if (constraint || column) {
                ctx.report(rule, ctx.hazard(ctx.ddl.table()), ctx.ddl.table(), "adding a UNIQUE or PRIMARY KEY"
                        + " constraint builds its index on " + ctx.ddl.table() + " while blocking writes.",
                        "CREATE UNIQUE INDEX CONCURRENTLY in " + NO_TX + ", then ADD CONSTRAINT … UNIQUE USING INDEX.");
            }
        }
    }

    private static void columnType(Rule rule, RuleContext ctx) {
        for (AlterAction a : actions(ctx, Kind.ALTER_TYPE)) {
            ctx.report(rule, ctx.hazard(ctx.ddl.table()), ctx.ddl.table(), "changing the type of " + ctx.ddl.table()
                    + "." + a.column() + " may rewrite the table and its indexes under an ACCESS EXCLUSIVE lock.",
                    "add a new column, backfill it in batches, switch the code over, then drop the old column.");
        }
    }

    private static void dropRename(Rule rule, RuleContext ctx) {
        Ddl d = ctx.ddl;
        String fix = "keep the old name until no running code uses it: add the new one, deploy, then drop in a"
                + " later release.";
        if (d.kind() == Ddl.Kind.DROP_TABLE) {
            ctx.report(rule, ctx.hazard(d.table()), d.table(), "DROP TABLE " + d.table()
                    + " breaks code that still reads it.", fix);
        }
        for (AlterAction a : d.actions()) {
            if (a.kind() == Kind.DROP_COLUMN || a.kind() == Kind.RENAME_COLUMN) {
                Severity s = RuleContext.hazard(ctx.catalog.columnOrigin(d.table(), a.column(), ctx.file));
                ctx.report(rule, s, d.table(), (a.kind() == Kind.DROP_COLUMN ? "dropping" : "renaming") + " column "
                        + d.table() + "." + a.column() + " breaks code that still uses it.", fix);
            } else if (a.kind() == Kind.RENAME_TABLE) {
                ctx.report(rule, ctx.hazard(d.table()), d.table(), "renaming table " + d.table() + " to "
                        + a.newName() + " breaks code that still uses the old name.", fix);
            }
        }
    }

    private static void lockTimeout(Rule rule, RuleContext ctx) {
        Ddl d = ctx.ddl;
        boolean exclusive = d.kind() == Ddl.Kind.ALTER_TABLE || d.kind() == Ddl.Kind.DROP_TABLE
                || d.kind() == Ddl.Kind.TRUNCATE || d.kind() == Ddl.Kind.DROP_INDEX && !d.concurrently();
        boolean covered = ctx.lockTimeoutSet || !ctx.noTransaction && ctx.config.runnerSetsLockTimeout();
        if (!exclusive || covered) {
            return;
        }
        String table = d.kind() == Ddl.Kind.DROP_INDEX ? ctx.catalog.indexTable(d.name()) : d.table();
        ctx.report(rule, ctx.hazard(table), table, "this statement takes an ACCESS EXCLUSIVE lock on "
                + (table == null ? "its table" : table) + " with no lock_timeout: while it waits for a long"
                + " transaction, every other query on the table queues behind it.",
                ctx.noTransaction ? "start the file with SET lock_timeout = '5s'; (no-transaction files do not get"
                        + " the runner's timeout)." : "keep DB_MIGRATION_LOCK_TIMEOUT above 0, or SET LOCAL"
                        + " lock_timeout = '5s'; at the top of the file.");
    }

    private static List<AlterAction> added(RuleContext ctx) {
        return actions(ctx, Kind.ADD_COLUMN);
    }

    private static List<AlterAction> actions(RuleContext ctx, Kind kind) {
        return ctx.ddl.actions().stream().filter(a -> a.kind() == kind).toList();
    }
}
