package io.systemprompt.database.lint;

import io.systemprompt.database.lint.LintRule.View;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every built-in rule, in the order {@code docs/lint.md} lists them. */
public final class Rules {
    /** A file the lexer cannot split. */
    static final Rule PARSE = meta("parse-error", Severity.ERROR, "A file splits into statements.");
    /** A generic file without a safe PostgreSQL translation. */
    static final Rule TRANSLATION = meta("pg-translation", Severity.ERROR,
            "A generic file has a PostgreSQL translation, or a .postgres.sql override.");
    /** A malformed {@code -- spdb:lint-ignore} comment. */
    static final Rule IGNORE = meta("lint-ignore", Severity.WARNING,
            "A -- spdb:lint-ignore comment names a known rule and gives a reason.");

    private Rules() {
    }

    /** New instances of every rule. */
    public static List<LintRule> all() {
        List<LintRule> all = new ArrayList<>(GuidelineRules.all());
        all.add(new ForeignKeyIndexRule());
        all.addAll(PostgresRules.all());
        all.add(PARSE);
        all.add(TRANSLATION);
        all.add(IGNORE);
        return List.copyOf(all);
    }

    /** Every rule id. */
    public static Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        all().forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static Rule meta(String id, Severity severity, String summary) {
        return new Rule(id, severity, View.SQLITE, summary, (r, ctx) -> { });
    }
}
