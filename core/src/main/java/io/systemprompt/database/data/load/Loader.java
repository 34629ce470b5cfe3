package io.systemprompt.database.data.load;

import io.systemprompt.database.data.ContentChecksum;
import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.LoadResult;
import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.Schema;
import io.systemprompt.database.data.TableLayout;
import io.systemprompt.database.data.TableOrder;
import io.systemprompt.database.data.TableRows;
import io.systemprompt.database.data.TableSummary;
import io.systemprompt.database.data.archive.HistoryTimes;
import io.systemprompt.database.data.maintenance.Dropper;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.engine.Maintenance;
import io.systemprompt.database.history.HistoryTables;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.StepKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads a {@link LoadSource} into a database in ONE transaction: drop what is there (only when
 * replacing), install the module schemas and migrations from the module roots, check the history
 * matches the source's, remove the rows init scripts inserted, insert the source's rows parents first,
 * advance id sequences where the engine keeps them apart, and verify every table's row count and content checksum before commit.
 * Any failure rolls all of it back, so the target is left as it was.
 */
public final class Loader {
    private final Database db;
    private final boolean replace;
    private final ProgressTracker progress;
    private final String whenNotEmpty;

    /** {@code whenNotEmpty} ends the message that refuses a non-empty target: what the user can do. */
    public Loader(Database db, boolean replace, ProgressTracker progress, String whenNotEmpty) {
        this.db = db;
        this.replace = replace;
        this.progress = progress;
        this.whenNotEmpty = whenNotEmpty;
    }

    public LoadResult load(LoadSource source) {
        try {
            return loadOnce(source);
        } catch (io.systemprompt.database.DatabaseException e) {
            throw LostConnection.explain(db.dialect().type(), progress.operation(), progress.currentTable(), e);
        }
    }

    private LoadResult loadOnce(LoadSource source) {
        progress.total(source.totalRows());
        LoadResult result = db.transaction(tx -> {
            db.dialect().maintenance().deferForeignKeys().forEach(tx::execute);
            prepare(tx, source);
            MigrationResult migrated = db.migrationService().migrate().orThrow();
            HistoryKeys.requireSame(source.describe(), source.modules(), source.migrations(),
                    new HistoryTables(db.dialect(), db.config().historyTablePrefix()).read(tx));
            List<TableInfo> tables = Schema.moduleTables(Schema.read(db, tx));
            requireSameTables(source, tables);
            deleteInitRows(tx, tables);
            List<TableSummary> verified = copyAndVerify(tx, source, tables);
            HistoryTimes.copy(tx, source.history());
            return new LoadResult(verified, count(migrated, StepKind.SCHEMA), count(migrated, StepKind.MIGRATION),
                    replace, progress.elapsed());
        });
        progress.finished();
        return result;
    }

    private void prepare(Transaction tx, LoadSource source) {
        Catalog before = Schema.read(db, tx);
        if (!Dropper.empty(before)) {
            if (!replace) {
                throw new DataException("The target database is not empty (" + before.tables().size() + " tables). "
                        + "Nothing was changed. " + whenNotEmpty);
            }
            Dropper.dropAll(tx, db.dialect().maintenance(), before);
        }
        db.schemaService().discoverSchemas();
    }

    private static void requireSameTables(LoadSource source, List<TableInfo> tables) {
        List<String> want = tables.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList();
        List<String> have = source.tables().stream().map(t -> t.toLowerCase(Locale.ROOT)).sorted().toList();
        if (!want.equals(have)) {
            throw new DataException(source.describe() + " holds tables " + have + " but the modules create "
                    + want + ". Nothing was changed. Drop tables no module declares from the source, or add"
                    + " them to a module.");
        }
    }

    /** Init scripts seed rows; the source's rows (which include that seed as it now stands) replace them. */
    private void deleteInitRows(Transaction tx, List<TableInfo> tables) {
        if (tables.isEmpty()) {
            return;
        }
        Maintenance engine = db.dialect().maintenance();
        engine.deleteAllRows(TableOrder.childrenFirst(tables).stream().map(TableInfo::name).toList())
                .forEach(tx::execute);
    }

    private List<TableSummary> copyAndVerify(Transaction tx, LoadSource source, List<TableInfo> tables) {
        List<TableSummary> expected = new ArrayList<>();
        for (TableInfo t : tables) {
            progress.table(t.name());
            String name = source.tables().stream().filter(s -> s.equalsIgnoreCase(t.name())).findFirst().orElseThrow();
            expected.add(source.load(name, tx, TableLayout.of(t), db.dialect().bulkLoader(), progress));
        }
        Sequences.advance(tx, db.dialect(), tables, source.lastIds());
        List<TableSummary> verified = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            verified.add(verify(tx, TableLayout.of(tables.get(i)), expected.get(i), source));
        }
        return verified;
    }

    private static TableSummary verify(Transaction tx, TableLayout layout, TableSummary expected, LoadSource source) {
        ContentChecksum actual = new ContentChecksum(layout);
        TableRows.stream(tx, layout, actual::add);
        if (actual.rows() != expected.rows() || !actual.hex().equals(expected.content())) {
            throw new DataException("Verification failed for table " + layout.table() + ": the target holds "
                    + actual.rows() + " rows with checksum " + actual.hex() + " but " + source.describe() + " has "
                    + expected.rows() + " rows with checksum " + expected.content() + ". Nothing was changed."
                    + " A column type may not carry its values across engines; export that table to compare.");
        }
        return new TableSummary(layout.table(), actual.rows(), expected.sha256(), actual.hex());
    }

    private static int count(MigrationResult r, StepKind kind) {
        return (int) r.applied().stream().filter(s -> s.kind() == kind).count();
    }
}
