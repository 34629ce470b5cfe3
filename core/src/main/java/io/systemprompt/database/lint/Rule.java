package io.systemprompt.database.lint;

import java.util.function.BiConsumer;

/** A rule made of its metadata and a check, so small rules need no class of their own. */
final class Rule implements LintRule {
    private final String id;
    private final Severity severity;
    private final View view;
    private final String summary;
    private final BiConsumer<Rule, RuleContext> check;

    Rule(String id, Severity severity, View view, String summary, BiConsumer<Rule, RuleContext> check) {
        this.id = id;
        this.severity = severity;
        this.view = view;
        this.summary = summary;
        this.check = check;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public View view() {
        return view;
    }

    @Override
    public void check(RuleContext ctx) {
        check.accept(this, ctx);
    }

    /** Reports with the rule's default severity. */
    void report(RuleContext ctx, String table, String message, String fix) {
        ctx.report(this, severity, table, message, fix);
    }
}
