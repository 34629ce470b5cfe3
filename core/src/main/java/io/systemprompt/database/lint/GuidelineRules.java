package io.systemprompt.database.lint;

import io.systemprompt.database.lint.AlterAction.Kind;
import io.systemprompt.database.lint.LintRule.View;
import java.util.List;
import java.util.regex.Pattern;

/** The system description's best practices for module SQL, checked on the SQLite text. */
final class GuidelineRules {
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private GuidelineRules() {
    }

    static List<LintRule> all() {
        return List.of(
                new Rule("table-prefix", Severity.WARNING, View.SQLITE,
                        "A table's name starts with its module's name: {module}_tablename.", GuidelineRules::prefix),
                new Rule("snake-case", Severity.WARNING, View.SQLITE,
                        "Table, column and index names are snake_case.", GuidelineRules::snakeCase),
                new Rule("timestamps", Severity.WARNING, View.SQLITE,
                        "Every table has created_at and updated_at.", GuidelineRules::timestamps),
                new Rule("primary-key", Severity.WARNING, View.SQLITE,
                        "Every table has a primary key.", GuidelineRules::primaryKey),
                new Rule("idempotent", Severity.WARNING, View.SQLITE,
                        "CREATE TABLE/INDEX/TRIGGER/VIEW use IF NOT EXISTS, so a file can run again.",
                        GuidelineRules::idempotent),
                new Rule("schema-owner", Severity.WARNING, View.SQLITE,
                        "A schema.sql creates only its own module's tables.", GuidelineRules::owner));
    }

    private static void prefix(Rule rule, RuleContext ctx) {
        if (ctx.ddl.kind() != Ddl.Kind.CREATE_TABLE || ctx.config.unprefixedTables().contains(ctx.ddl.table())) {
            return;
        }
        String p = ctx.prefix();
        String t = ctx.ddl.table();
        // The singular also counts: module orders may call its table order_items.
        String singular = p.endsWith("s") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
        if (!t.equals(p) && !t.startsWith(p + "_") && !t.startsWith(singular + "_")) {
            rule.report(ctx, t, "table " + t + " is not prefixed with its module's name '" + p + "_'.",
                    "rename it to " + p + "_" + t + ", or list it under unprefixed-tables in "
                            + LintConfig.FILE_NAME + " when other code needs this exact name.");
        }
    }

    private static void snakeCase(Rule rule, RuleContext ctx) {
        Ddl d = ctx.ddl;
        if (d.rawName() != null && (d.kind() == Ddl.Kind.CREATE_TABLE || d.kind() == Ddl.Kind.CREATE_INDEX
                || d.kind() == Ddl.Kind.CREATE_OTHER)) {
            snake(rule, ctx, "name", d.rawName());
        }
        if (d.definition() != null) {
            d.definition().columns().forEach(c -> snake(rule, ctx, "column " + d.table() + ".", c.rawName()));
        }
        for (AlterAction a : d.actions()) {
            if (a.kind() == Kind.ADD_COLUMN) {
                snake(rule, ctx, "column " + d.table() + ".", a.added().rawName());
            } else if (a.newName() != null) {
                snake(rule, ctx, "new name", a.newName());
            }
        }
    }

    private static void snake(Rule rule, RuleContext ctx, String what, String name) {
        if (!SNAKE.matcher(name).matches()) {
            String suggestion = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                    .toLowerCase(java.util.Locale.ROOT);
            rule.report(ctx, ctx.ddl.table(), what + (what.endsWith(".") ? "" : " ") + name + " is not snake_case.",
                    "use lower-case words joined by underscores, e.g. " + suggestion + ".");
        }
    }

    private static void timestamps(Rule rule, RuleContext ctx) {
        TableSpec def = ctx.ddl.definition();
        if (ctx.ddl.kind() != Ddl.Kind.CREATE_TABLE || def == null) {
            return;
        }
        List<String> missing = java.util.stream.Stream.of("created_at", "updated_at")
                .filter(n -> def.columns().stream().noneMatch(c -> c.name().equals(n))).toList();
        if (!missing.isEmpty()) {
            rule.report(ctx, ctx.ddl.table(), "table " + ctx.ddl.table() + " has no " + String.join(" and ", missing)
                    + " column.", "add " + String.join(", ", missing.stream().map(n -> n
                            + " TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP").toList()) + ".");
        }
    }

    private static void primaryKey(Rule rule, RuleContext ctx) {
        TableSpec def = ctx.ddl.definition();
        if (ctx.ddl.kind() == Ddl.Kind.CREATE_TABLE && def != null && def.primaryKey().isEmpty()) {
            rule.report(ctx, ctx.ddl.table(), "table " + ctx.ddl.table() + " has no primary key.",
                    "add id INTEGER PRIMARY KEY AUTOINCREMENT, or a PRIMARY KEY (…) over the columns that identify a row.");
        }
    }

    private static void idempotent(Rule rule, RuleContext ctx) {
        Ddl d = ctx.ddl;
        boolean create = d.kind() == Ddl.Kind.CREATE_TABLE || d.kind() == Ddl.Kind.CREATE_INDEX
                || d.kind() == Ddl.Kind.CREATE_OTHER && d.rawName() != null
                        && !d.statement().sql().regionMatches(true, 0, "CREATE OR REPLACE", 0, 17);
        if (create && !d.ifClause()) {
            String what = d.statement().sql().split("\\s+")[1].toUpperCase(java.util.Locale.ROOT);
            what = what.equals("UNIQUE") ? "UNIQUE INDEX" : what;
            rule.report(ctx, d.table(), "CREATE " + what + " " + d.name() + " fails when the file runs again.",
                    "write CREATE " + what + " IF NOT EXISTS " + d.name() + ".");
        }
        for (AlterAction a : d.actions()) {
            if (a.kind() == Kind.ADD_COLUMN) {
                ctx.report(rule, Severity.INFO, d.table(), "ADD COLUMN " + a.column() + " fails on SQLite when the"
                        + " migration runs again (SQLite has no ADD COLUMN IF NOT EXISTS).",
                        "nothing, as long as the migration runs once, which the migration history ensures.");
            }
        }
    }

    private static void owner(Rule rule, RuleContext ctx) {
        if (ctx.kind != FileKind.SCHEMA || ctx.ddl.kind() != Ddl.Kind.CREATE_TABLE) {
            return;
        }
        ctx.catalog.table(ctx.ddl.table()).filter(t -> !t.module.equals(ctx.module)).ifPresent(t ->
                rule.report(ctx, t.name, "schema.sql creates table " + t.name + ", which module " + t.module
                        + " already creates (" + t.file + "); with IF NOT EXISTS this statement does nothing.",
                        "remove it and declare a dependency on " + t.module + " in module.yaml."));
    }
}
