package io.systemprompt.database.lint;

/**
 * A foreign key's columns lead an index (or the primary key, or a unique key) by the end of the run,
 * so deleting a referenced row and joining on the key do not scan the whole table. Checked at the end,
 * so an index a later migration adds counts.
 */
final class ForeignKeyIndexRule implements LintRule {

    @Override
    public String id() {
        return "fk-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "Every foreign key's columns lead an index.";
    }

    @Override
    public View view() {
        return View.SQLITE;
    }

    @Override
    public void check(RuleContext ctx) {
        // Checked once every file is known, in finish().
    }

    @Override
    public void finish(RuleContext.Finish ctx) {
        for (KnownTable t : ctx.sqlite.tables()) {
            for (KnownTable.ForeignKeyUse fk : t.foreignKeys) {
                if (!t.indexed(fk.columns())) {
                    String cols = String.join(", ", fk.columns());
                    ctx.report(this, defaultSeverity(), t.name, fk.at(), "foreign key column(s) " + t.name + "("
                            + cols + ") have no index.", "add CREATE INDEX IF NOT EXISTS idx_" + t.name + "_"
                            + String.join("_", fk.columns()) + " ON " + t.name + "(" + cols + ").");
                }
            }
        }
    }
}
