package io.systemprompt.database.lint;

/**
 * One lint rule. A rule looks at one statement at a time, either as SQLite runs it or as PostgreSQL
 * runs it (the translation of the generic file, or the {@code .postgres.sql} override), and reports
 * through the {@link RuleContext}. Rules that need the whole run (an index added by a later file)
 * report in {@link #finish}.
 */
public interface LintRule {

    /** Which text of a file a rule reads. */
    enum View {
        /** The SQLite-dialect text as written (the generic file, or the {@code .sqlite.sql} override). */
        SQLITE,
        /** What PostgreSQL runs: the translation, or the {@code .postgres.sql} override. */
        POSTGRES
    }

    /** The rule id used in output, configuration and {@code -- spdb:lint-ignore}. */
    String id();

    /** The severity when neither the rule's own logic nor the configuration says otherwise. */
    Severity defaultSeverity();

    /** One sentence: what the rule checks. */
    String summary();

    /** The text the rule reads. */
    View view();

    /** Checks one statement. */
    void check(RuleContext ctx);

    /** Called once after every file was checked. */
    default void finish(RuleContext.Finish ctx) {
    }
}
