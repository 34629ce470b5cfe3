package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.Health;
import io.systemprompt.database.HostStatus;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.option.Format;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationState;
import io.systemprompt.database.migrate.ModuleState;
import picocli.CommandLine.Command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code spdb status}: the engine, the connection, and where every module and migration stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the engine, location, round trip, versions, pool, modules and migrations.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb status", "  spdb status --format json", "  spdb status --engine postgres --pg-db app"})
final class StatusCommand extends DbCommand {

    @Override
    int run(Database db, Output out) {
        Health h = db.health();
        if (!h.up()) {
            throw CliException.failure("Cannot reach the database at " + h.location() + ": " + h.error(),
                    "check the engine settings (--engine, --db-file, --pg-*) and that the server runs.", null);
        }
        String journal = journalMode(db);
        MigrationPlan plan = db.migrationService().status();
        String lock = db.migrationService().lockHolder().orElse(null);
        Map<String, Object> doc = StatusDocument.of(h, journal, plan, lock);
        List<HostStatus> hosts = db.config().scaleOut().replicas().isEmpty() ? List.of() : db.hosts();
        if (!hosts.isEmpty()) {
            doc.put("hosts", hosts.stream().map(x -> Docs.map("host", x.host(), "role", x.role(),
                    "inRotation", x.inRotation(), "lagMs", x.lagMs(), "error", x.error())).toList());
        }
        if (out.json()) {
            out.document(doc);
        } else {
            print(out, doc, plan);
            if (!hosts.isEmpty()) {
                out.data("");
                out.rows(List.of("host", "role", "in rotation", "lag ms", "detail"), hosts.stream()
                        .map(x -> List.<Object>of(x.host(), x.role(), x.inRotation() ? "yes" : "no",
                                x.lagMs() == null ? "-" : x.lagMs(), x.error() == null ? "" : x.error())).toList());
            }
        }
        return 0;
    }

    /** The engine's journal mode where it has one (SQLite), else null. */
    private static String journalMode(Database db) {
        try (Connection c = db.dataSource().getConnection()) {
            return db.dialect().maintenance().journalMode(c).orElse(null);
        } catch (SQLException e) {
            return "?";
        }
    }

    private static void print(Output out, Map<String, Object> doc, MigrationPlan plan) {
        List<List<Object>> rows = StatusDocument.summaryRows(doc);
        if (out.format() == Format.CSV) {
            // One CSV table: the summary, then a row per module and per migration with its state.
            plan.modules().forEach(m -> rows.add(List.of("module " + m.key(), m.state().name().toLowerCase())));
            plan.migrations().forEach(m -> rows.add(List.of("migration " + m.module() + " " + m.version(),
                    m.state().name().toLowerCase())));
            out.rows(List.of("item", "value"), rows);
            return;
        }
        out.rows(List.of("item", "value"), rows);
        if (!plan.modules().isEmpty()) {
            out.data("");
            out.rows(List.of("module", "version", "state", "installed at", "detail"), StatusDocument.moduleRows(plan));
        }
        if (!plan.migrations().isEmpty()) {
            out.data("");
            out.rows(List.of("module", "version", "description", "state", "applied at", "ms"),
                    StatusDocument.migrationRows(plan));
        }
    }

    /** Counts of each state, in enum order, lower-case keys. */
    static Map<String, Object> counts(Enum<?>[] states, java.util.function.Function<Enum<?>, Integer> count) {
        Map<String, Object> m = new LinkedHashMap<>();
        Arrays.stream(states).forEach(s -> m.put(s.name().toLowerCase(Locale.ROOT), count.apply(s)));
        return m;
    }

    static Map<String, Object> moduleCounts(MigrationPlan plan) {
        return counts(ModuleState.values(), s -> plan.modules((ModuleState) s).size());
    }

    static Map<String, Object> migrationCounts(MigrationPlan plan) {
        return counts(MigrationState.values(), s -> plan.migrations((MigrationState) s).size());
    }
}
