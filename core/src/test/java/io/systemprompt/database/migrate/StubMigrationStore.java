package io.systemprompt.database.migrate;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.history.ObjectOwners;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A database-free {@link MigrationStore}: the tracking tables are two lists, and the "engine" knows
 * tables and their row counts. It runs just enough SQL for the migration core's contract ({@code CREATE
 * TABLE}, {@code CREATE INDEX … ON}, {@code ALTER TABLE}, {@code INSERT INTO … VALUES}, {@code DROP
 * TABLE}) and refuses anything else loudly, so a contract case cannot pass by being ignored. A
 * transaction works on a copy that replaces the state at commit; a savepoint is a copy too.
 */
final class StubMigrationStore implements MigrationStore {
    /** Steps per "round trip": small, so groups of a few steps exercise the core's batch path. */
    private static final int BATCH = 3;

    private final ReentrantLock lock = new ReentrantLock();
    private State committed = new State();
    private int transactions;

    /** Tables (lower-case) and their rows, as committed. */
    Map<String, Integer> tables() {
        return Map.copyOf(committed.tables);
    }

    /** Write transactions committed so far. */
    int transactions() {
        return transactions;
    }

    @Override
    public EngineType engine() {
        return EngineType.SQLITE;
    }

    @Override
    public HistorySnapshot readHistory() {
        State s = committed;
        return new HistorySnapshot(s.historyExists, List.copyOf(s.schemas.values()), List.copyOf(s.migrations));
    }

    @Override
    public ScriptPreparer preparer() {
        return new ScriptPreparer(EngineType.SQLITE, false, name -> Optional.empty());
    }

    @Override
    public <T> T exclusive(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T write(Function<MigrationStore.Tx, T> work) {
        return exclusive(() -> {
            StubTx tx = new StubTx(committed.copy());
            T result = work.apply(tx);
            committed = tx.state;
            transactions++;
            return result;
        });
    }

    @Override
    public int runAlone(PlannedStep step) {
        PreparedScript script = step.scripts().get(0);
        int ran = 0;
        for (SqlStatement s : script.statements()) {
            try {
                write(tx -> {
                    ((StubTx) tx).execute(step.module(), script, s);
                    return null;
                });
            } catch (MigrationException e) {
                throw new MigrationException(MigrationException.Reason.PARTIALLY_APPLIED, step.module(),
                        script.file().location(), e.getMessage().replace("Nothing of this step was applied.",
                        ran + " of " + script.statements().size() + " statements before it stay applied."), e);
            }
            ran++;
        }
        return ran;
    }

    @Override
    public ModuleGroupRunner.Outcome retryingLockWaits(Supplier<ModuleGroupRunner.Outcome> group) {
        return group.get();
    }

    @Override
    public List<String> drainNotes() {
        return List.of();
    }

    /** Everything a transaction can change. */
    private static final class State {
        boolean historyExists;
        final Map<String, Integer> tables = new TreeMap<>();
        final Map<String, AppliedSchema> schemas = new TreeMap<>();
        final List<AppliedMigration> migrations = new ArrayList<>();

        State copy() {
            State c = new State();
            c.historyExists = historyExists;
            c.tables.putAll(tables);
            c.schemas.putAll(schemas);
            c.migrations.addAll(migrations);
            return c;
        }
    }

    private final class StubTx implements MigrationStore.Tx {
        private State state;
        private State savepoint;

        StubTx(State state) {
            this.state = state;
        }

        @Override
        public void ensureHistory() {
            state.historyExists = true;
        }

        @Override
        public Set<String> appliedVersions(String module) {
            Set<String> out = new HashSet<>();
            state.migrations.stream().filter(m -> m.module().equals(module)).forEach(m -> out.add(m.version()));
            return out;
        }

        @Override
        public boolean schemaInstalled(String module) {
            return state.schemas.containsKey(module);
        }

        @Override
        public boolean migrationApplied(String module, String version) {
            return appliedVersions(module).contains(version);
        }

        @Override
        public long nextOrder() {
            return state.migrations.stream().mapToLong(AppliedMigration::appliedOrder).max().orElse(0) + 1;
        }

        @Override
        public void recordSchema(AppliedSchema row) {
            if (state.schemas.putIfAbsent(row.module(), row) != null) {
                throw new IllegalStateException("duplicate _schema_versions row for " + row.module());
            }
        }

        @Override
        public void recordMigrations(List<AppliedMigration> rows) {
            for (AppliedMigration row : rows) {
                if (migrationApplied(row.module(), row.version())) {
                    throw new IllegalStateException("duplicate _migrations row for " + row.module() + " "
                            + row.version());
                }
                state.migrations.add(row);
            }
        }

        @Override
        public void recordOwners(ObjectOwners.Pending owned) {
            // Ownership rows are the JDBC store's concern; the contract does not read them.
        }

        @Override
        public void deleteMigration(String module, String version) {
            state.migrations.removeIf(m -> m.module().equals(module) && m.version().equals(version));
        }

        @Override
        public void updateMigrationChecksum(String module, String version, String checksum) {
            state.migrations.replaceAll(m -> m.module().equals(module) && m.version().equals(version)
                    ? new AppliedMigration(m.module(), m.version(), m.description(), m.fileName(), checksum,
                            m.appliedAt(), m.durationMs(), m.appliedOrder()) : m);
        }

        @Override
        public void updateSchemaChecksums(String module, String schemaChecksum, String initChecksum) {
            AppliedSchema s = state.schemas.get(module);
            state.schemas.put(module, new AppliedSchema(s.module(), s.version(), s.schemaFile(), schemaChecksum,
                    s.initFile(), initChecksum, s.installedAt(), s.durationMs(), s.statements()));
        }

        @Override
        public int runStep(PlannedStep step, boolean savepoint) {
            if (savepoint) {
                this.savepoint = state.copy();
            }
            int n = 0;
            for (PreparedScript script : step.scripts()) {
                for (SqlStatement s : script.statements()) {
                    execute(step.module(), script, s);
                    n++;
                }
            }
            return n;
        }

        @Override
        public void undoStep(MigrationException failure) {
            if (savepoint == null) {
                throw failure;
            }
            state = savepoint;
            savepoint = null;
        }

        @Override
        public int batchSpan(List<PlannedStep> steps, int from) {
            int to = from;
            while (to < steps.size() && to - from < BATCH && !steps.get(to).noTransaction()) {
                to++;
            }
            return to - from;
        }

        @Override
        public BatchRun runBatch(List<PlannedStep> steps) {
            for (int i = 0; i < steps.size(); i++) {
                State before = state.copy();
                try {
                    runStep(steps.get(i), false);
                } catch (MigrationException e) {
                    state = before;
                    return new BatchRun(i, null);
                }
            }
            return new BatchRun(-1, null);
        }

        void execute(String module, PreparedScript script, SqlStatement s) {
            try {
                run(words(s));
            } catch (SQLException e) {
                throw new MigrationException(MigrationException.Reason.STATEMENT_FAILED, module,
                        script.file().location(), "Module " + module + ": " + script.file().location() + ":"
                        + s.line() + ":" + s.column() + ": statement " + (s.index() + 1) + " failed on the stub"
                        + " engine: " + e.getMessage() + "\n  Nothing of this step was applied.", e);
            }
        }

        private void run(List<String> w) throws SQLException {
            String verb = w.get(0) + " " + (w.size() > 1 ? w.get(1) : "");
            if (verb.equals("create table")) {
                boolean ifNotExists = w.get(2).equals("if");
                String table = w.get(ifNotExists ? 5 : 2);
                if (state.tables.containsKey(table) && !ifNotExists) {
                    throw new SQLException("table " + table + " already exists");
                }
                state.tables.putIfAbsent(table, 0);
            } else if (verb.equals("drop table")) {
                boolean ifExists = w.get(2).equals("if");
                String table = w.get(ifExists ? 4 : 2);
                if (state.tables.remove(table) == null && !ifExists) {
                    throw new SQLException("no such table: " + table);
                }
            } else if (verb.equals("alter table")) {
                existing(w.get(2));
            } else if (w.get(0).equals("create") && w.contains("index")) {
                existing(w.get(w.indexOf("on") + 1));
            } else if (verb.equals("insert into")) {
                String table = existing(w.get(2));
                state.tables.merge(table, Math.max(1, (int) w.stream().filter("(values"::equals).count()), Integer::sum);
            } else {
                throw new IllegalArgumentException("The stub engine does not run: " + String.join(" ", w));
            }
        }

        private String existing(String table) throws SQLException {
            if (!state.tables.containsKey(table)) {
                throw new SQLException("no such table: " + table);
            }
            return table;
        }
    }

    /**
     * The statement's words and identifiers in lower case; each {@code (} that opens a row after
     * {@code VALUES} is given as the word "(values", so an INSERT's rows can be counted.
     */
    static List<String> words(SqlStatement s) {
        List<String> out = new ArrayList<>();
        boolean values = false;
        int depth = 0;
        for (SqlToken t : s.tokens()) {
            if (t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENTIFIER) {
                String word = t.type() == TokenType.WORD ? t.text().toLowerCase(Locale.ROOT) : t.identifier();
                values |= depth == 0 && word.equals("values");
                out.add(word);
            } else if (t.type() == TokenType.PUNCT && t.text().equals("(")) {
                if (values && depth == 0) {
                    out.add("(values");
                }
                depth++;
            } else if (t.type() == TokenType.PUNCT && t.text().equals(")")) {
                depth--;
            }
        }
        return out;
    }
}
