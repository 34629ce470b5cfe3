package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.cli.render.Style;
import io.systemprompt.database.migrate.AppliedStep;
import io.systemprompt.database.migrate.MigrationException;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.PlannedStep;
import io.systemprompt.database.migrate.PreparedScript;
import io.systemprompt.database.migrate.StepKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link MigrationResult} of migrate, rollback or schema install: step lines, SQL, summary, JSON. */
final class MigrationReport {
    private final Database db;
    private final MigrationResult result;
    private final double totalMs;

    MigrationReport(Database db, MigrationResult result, double totalMs) {
        this.db = db;
        this.result = result;
        this.totalMs = totalMs;
    }

    /** One line for a committed step, with its timing. */
    static String stepLine(AppliedStep s, Style style) {
        String verb = switch (s.kind()) {
            case SCHEMA -> "installed";
            case MIGRATION -> "applied";
            case ROLLBACK -> "rolled back";
        };
        return String.format(Locale.ROOT, "%s %-28s %-10s %s (%d statement%s, %d ms)", style.green(pad(verb)),
                s.module(), s.version(), s.files(), s.statements(), s.statements() == 1 ? "" : "s", s.durationMs());
    }

    private static String pad(String s) {
        return String.format("%-11s", s);
    }

    /**
     * Prints the whole result for {@code command}: one JSON document, the dry run's SQL, or (with
     * {@code stepLines}) a line per committed step, then the summary. Then throws the first failure.
     */
    void print(String command, Output out, boolean stepLines) {
        if (out.json()) {
            out.document(document(command));
        } else if (result.dryRun()) {
            printSql(out);
        } else {
            if (stepLines) {
                result.applied().forEach(s -> out.note(stepLine(s, out.style())));
            }
            printSummary(out);
        }
        result.orThrow();
    }

    /** The dry run: each planned step's SQL as this engine would run it. */
    void printSql(Output out) {
        out.note("-- dry run on " + db.config().engine().id() + " (" + db.config().describeLocation()
                + "): " + result.planned().size() + " step(s), nothing executed");
        for (PlannedStep p : result.planned()) {
            for (PreparedScript s : p.scripts()) {
                out.data("-- " + kind(p.kind()) + " " + p.module() + " " + p.version() + ": " + s.file().fileName());
                out.data(s.render());
            }
        }
        warnings(out);
    }

    /** After a run: warnings, skipped modules and the summary line. */
    void printSummary(Output out) {
        warnings(out);
        for (String s : result.skipped()) {
            out.note(out.style().yellow("skipped") + "     " + s);
        }
        String status = !result.success() ? out.style().red("Failed") + " after "
                : result.applied().isEmpty() ? "Nothing to do: " : "Done: ";
        out.note(status + counts() + " in " + totalMs + " ms (" + db.config().engine().id() + ", "
                + db.config().describeLocation() + ").");
    }

    private String counts() {
        long rollbacks = count(StepKind.ROLLBACK);
        return rollbacks > 0 ? rollbacks + " migration(s) rolled back"
                : count(StepKind.SCHEMA) + " schema(s) installed, " + count(StepKind.MIGRATION) + " migration(s) applied";
    }

    private long count(StepKind kind) {
        return result.applied().stream().filter(a -> a.kind() == kind).count();
    }

    private void warnings(Output out) {
        for (String w : result.warnings()) {
            out.note(out.style().yellow("warning") + "     " + w);
        }
    }

    private static String kind(StepKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    /** The JSON document. */
    Map<String, Object> document(String command) {
        return Docs.map("command", command, "engine", db.config().engine().id(),
                "location", db.config().describeLocation(), "dryRun", result.dryRun(), "success", result.success(),
                "planned", planned(), "applied", applied(), "failures", failures(),
                "skipped", result.skipped(), "warnings", result.warnings(), "totalMs", totalMs);
    }

    private List<Object> planned() {
        List<Object> list = new ArrayList<>();
        for (PlannedStep p : result.planned()) {
            StringBuilder sql = new StringBuilder();
            p.scripts().forEach(s -> sql.append(s.render()));
            list.add(Docs.map("kind", p.kind(), "module", p.module(), "version", p.version(),
                    "description", p.description(), "files", p.files(), "sql", sql.toString()));
        }
        return list;
    }

    private List<Object> applied() {
        List<Object> list = new ArrayList<>();
        for (AppliedStep a : result.applied()) {
            list.add(Docs.map("kind", a.kind(), "module", a.module(), "version", a.version(), "files", a.files(),
                    "statements", a.statements(), "durationMs", a.durationMs()));
        }
        return list;
    }

    private List<Object> failures() {
        List<Object> list = new ArrayList<>();
        for (MigrationException f : result.failures()) {
            list.add(Docs.map("reason", f.reason(), "module", f.module(), "file", f.file(), "message", f.getMessage()));
        }
        return list;
    }
}
