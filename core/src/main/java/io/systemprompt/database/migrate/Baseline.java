package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseContext;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.history.HistoryTables;
import io.systemprompt.database.migrate.BaselineEntry.State;
import io.systemprompt.database.migrate.CatalogDelta.Presence;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.module.ModuleSet;
import io.systemprompt.database.script.SqlFile;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adopts a database whose tables already exist (made by hand, by another tool, or by the original
 * system): each module's schema and migrations run on a scratch SQLite database, the objects each
 * file adds are compared with the live catalog, and only installs and migrations whose objects are all
 * present with compatible columns are recorded, in one transaction under the migration lock. Nothing
 * of the module SQL runs on the real database.
 *
 * <p>Within a module, migrations are marked in version order until the first one that is not present;
 * a migration that adds nothing visible in the catalog (data changes) is marked only when a later one
 * of the same module is present.
 */
final class Baseline {
    private final DatabaseContext db;
    private final MigrationStore store;
    private final EngineType engine;

    Baseline(DatabaseContext db, MigrationStore store) {
        this.db = db;
        this.store = store;
        this.engine = db.config().engine();
    }

    BaselineResult run(ModuleSet modules, boolean dryRun) {
        HistorySnapshot history = store.readHistory();
        Catalog live = db.readOnly(tx -> {
            try {
                return db.dialect().catalog().read(tx.connection());
            } catch (SQLException e) {
                throw new DatabaseException("Cannot read the catalog: " + e.getMessage(), e);
            }
        });
        List<BaselineEntry> entries = new ArrayList<>();
        try (ScratchCatalog scratch = new ScratchCatalog()) {
            for (DatabaseModule m : modules.list()) {
                module(m, history, live, scratch, entries);
            }
        }
        if (!dryRun && entries.stream().anyMatch(e -> e.state() == State.MARKED)) {
            record(modules, entries);
        }
        return new BaselineResult(entries, dryRun);
    }

    private void module(DatabaseModule m, HistorySnapshot history, Catalog live, ScratchCatalog scratch,
            List<BaselineEntry> entries) {
        boolean recorded = history.schemas().stream().anyMatch(s -> s.module().equals(m.key()));
        List<String> diffs = new ArrayList<>();
        Presence schema = apply(scratch, m.schema(), live, diffs);
        State schemaState = recorded ? State.RECORDED : switch (schema) {
            case PRESENT, NOTHING_TO_CHECK -> State.MARKED;
            case DIFFERS -> State.DIFFERS;
            case ABSENT -> State.PENDING;
        };
        entries.add(new BaselineEntry(m.key(), "schema", schemaState, schemaState == State.DIFFERS ? diffs : List.of()));
        boolean open = schemaState == State.MARKED || schemaState == State.RECORDED;
        List<Migration> held = new ArrayList<>();
        for (Migration mig : m.migrations()) {
            boolean applied = history.migrations().stream()
                    .anyMatch(a -> a.module().equals(m.key()) && a.version().equals(mig.version().text()));
            List<String> d = new ArrayList<>();
            Presence p = apply(scratch, mig.up(), live, d);
            String item = mig.fileName();
            if (applied) {
                flush(held, State.MARKED, entries);
                entries.add(new BaselineEntry(m.key(), item, State.RECORDED, List.of()));
            } else if (!open || p == Presence.ABSENT) {
                open = false;
                flush(held, State.PENDING, entries);
                entries.add(new BaselineEntry(m.key(), item, State.PENDING, List.of()));
            } else if (p == Presence.DIFFERS) {
                open = false;
                flush(held, State.PENDING, entries);
                entries.add(new BaselineEntry(m.key(), item, State.DIFFERS, d));
            } else if (p == Presence.NOTHING_TO_CHECK) {
                held.add(mig);
            } else {
                flush(held, State.MARKED, entries);
                entries.add(new BaselineEntry(m.key(), item, State.MARKED, List.of()));
            }
        }
        flush(held, State.PENDING, entries);
    }

    private static void flush(List<Migration> held, State state, List<BaselineEntry> entries) {
        held.forEach(mig -> entries.add(new BaselineEntry(mig.moduleKey(), mig.fileName(), state, List.of())));
        held.clear();
    }

    /** Runs the SQLite file of a module file on the scratch database and checks what it added. */
    private static Presence apply(ScratchCatalog scratch, EngineFiles files, Catalog live, List<String> diffs) {
        if (files == null) {
            return Presence.NOTHING_TO_CHECK;
        }
        SqlFile file = files.forEngine(EngineType.SQLITE).orElse(null);
        if (file == null) {
            return Presence.NOTHING_TO_CHECK;
        }
        Catalog before = scratch.catalog();
        scratch.run(file);
        return CatalogDelta.between(before, scratch.catalog()).check(live, diffs);
    }

    /** Writes the marked rows, skipping any another process recorded meanwhile. */
    private void record(ModuleSet modules, List<BaselineEntry> entries) {
        store.write(tx -> {
            tx.ensureHistory();
            for (BaselineEntry e : entries) {
                if (e.state() == State.MARKED) {
                    DatabaseModule m = modules.get(e.module()).orElseThrow();
                    if (e.item().equals("schema")) {
                        recordSchema(tx, m);
                    } else {
                        recordMigration(tx, m, e.item());
                    }
                }
            }
            return null;
        });
    }

    private void recordSchema(MigrationStore.Tx tx, DatabaseModule m) {
        if (tx.schemaInstalled(m.key())) {
            return;
        }
        SqlFile schema = m.schemaFiles().flatMap(f -> f.forEngine(engine)).orElse(null);
        SqlFile init = m.initFiles().flatMap(f -> f.forEngine(engine)).orElse(null);
        tx.recordSchema(new AppliedSchema(m.key(), m.version(), schema == null ? null : schema.fileName(),
                schema == null ? null : schema.checksum(), init == null ? null : init.fileName(),
                init == null ? null : init.checksum(), HistoryTables.now(), 0, 0));
        if (schema != null) {
            tx.recordOwner(m.key(), schema);
        }
    }

    private void recordMigration(MigrationStore.Tx tx, DatabaseModule m, String fileName) {
        Migration mig = m.migrations().stream().filter(x -> x.fileName().equals(fileName)).findFirst().orElseThrow();
        if (tx.migrationApplied(m.key(), mig.version().text())) {
            return;
        }
        SqlFile file = mig.upFor(engine).orElseThrow();
        tx.recordMigrations(List.of(new AppliedMigration(m.key(), mig.version().text(), mig.description(),
                file.fileName(), file.checksum(), HistoryTables.now(), 0, tx.nextOrder())));
        tx.recordOwner(m.key(), file);
    }
}
