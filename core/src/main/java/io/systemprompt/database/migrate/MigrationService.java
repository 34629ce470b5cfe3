package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseContext;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.metrics.DatabaseMetrics;
import io.systemprompt.database.metrics.DatabaseObserver;
import io.systemprompt.database.module.ModuleSet;
import io.systemprompt.database.module.ModuleSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Migrations of every module: discover, plan, migrate, roll back, repair and validate. A run installs
 * pending module schemas too, since a module's migrations build on its schema. Obtain it from
 * {@code Database.migrationService()}.
 */
public final class MigrationService {
    private final DatabaseContext db;
    private final ModuleSource source;
    private final MigrationStore store;
    private final Migrator migrator;
    private final DatabaseObserver observer;

    /** Normally reached through {@code Database.migrationService()}. */
    public MigrationService(DatabaseContext db, ModuleSource source) {
        this.db = db;
        this.source = source;
        this.store = new JdbcMigrationStore(db);
        this.migrator = new Migrator(store, db.config().refuseOutOfOrder());
        this.observer = DatabaseMetrics.observer(db.config().engine());
    }

    /** The discovered modules, with their migrations. */
    public ModuleSet discover() {
        return source.modules();
    }

    /** Files joined with history: every module's and migration's state. Reads only. */
    public MigrationPlan status() {
        return Planner.plan(source.modules(), store.readHistory(), db.config().engine());
    }

    /** Migrations not applied yet, in the order they would run. */
    public List<MigrationStatus> pending() {
        return status().migrations(MigrationState.PENDING);
    }

    /** Applied migrations, with their history rows. */
    public List<MigrationStatus> applied() {
        MigrationPlan plan = status();
        List<MigrationStatus> out = new ArrayList<>(plan.migrations(MigrationState.APPLIED));
        out.addAll(plan.migrations(MigrationState.CHANGED));
        return out;
    }

    /**
     * Adopts a database whose tables already exist: records as installed or applied only the module
     * installs and migrations whose objects are all in the live catalog with compatible columns, and
     * reports, per object, what differs. Module SQL never runs on the database itself.
     */
    public BaselineResult baseline(BaselineOptions options) {
        return new Baseline(db, store).run(source.modules(), options.dryRun());
    }

    /**
     * Adopts a database whose tables already exist, or with {@code dryRun} only reports.
     *
     * @deprecated use {@link #baseline(BaselineOptions)}
     */
    @Deprecated
    public BaselineResult baseline(boolean dryRun) {
        return baseline(new BaselineOptions(dryRun));
    }

    /** Installs pending schemas and applies pending migrations of every module. */
    public MigrationResult migrate() {
        return migrate(MigrateOptions.all());
    }

    /**
     * Installs pending schemas and applies pending migrations as the options say: of one module and
     * what it depends on or of all, schemas only or with migrations, for real or as a dry run that
     * only plans and prepares the SQL.
     */
    public MigrationResult migrate(MigrateOptions options) {
        MigrationResult result = migrator.run(source.modules(), options.module(), options.schemasOnly(),
                options.dryRun(), options.listener());
        schemaChanged(result);
        return options.schemasOnly() ? result : observed(result);
    }

    /** Row mappings kept for the old columns are dropped once a run changed the schema. */
    private void schemaChanged(MigrationResult result) {
        if (!result.dryRun() && !result.applied().isEmpty()) {
            db.schemaChanged();
        }
    }

    /** Reports a run's steps and failures to the metrics, when Micrometer is present. */
    private MigrationResult observed(MigrationResult result) {
        if (!result.dryRun()) {
            var engine = db.config().engine();
            result.applied().forEach(s -> observer.migrationStep(engine,
                    s.kind().name().toLowerCase(java.util.Locale.ROOT), s.module(), s.durationMs()));
            result.failures().forEach(f -> observer.migrationFailed(engine, String.valueOf(f.module())));
        }
        return result;
    }

    /**
     * Installs and migrates one module and what it depends on ({@code module} null: all), or with
     * {@code dryRun} only plans and prepares the SQL.
     *
     * @deprecated use {@link #migrate(MigrateOptions)}
     */
    @Deprecated
    public MigrationResult migrate(String module, boolean dryRun, MigrationListener listener) {
        return migrate(MigrateOptions.all().module(module).dryRun(dryRun).listener(listener));
    }

    /**
     * Installs pending module schemas only ({@code module} null: all), without migrations.
     *
     * @deprecated use {@link #migrate(MigrateOptions)} with {@link MigrateOptions#withoutMigrations()}, or
     *             {@code SchemaService.install}
     */
    @Deprecated
    public MigrationResult installSchemas(String module, boolean dryRun) {
        return migrate(MigrateOptions.all().module(module).withoutMigrations().dryRun(dryRun));
    }

    /**
     * Rolls back the last applied migrations (of one module, or of all modules), newest first. Without
     * {@code force} a migration with no rollback file stops it; with it, that migration's row is only
     * forgotten, with a warning.
     */
    public MigrationResult rollback(RollbackOptions options) {
        MigrationResult result = new Rollbacker(store).rollback(source.modules(), options.steps(),
                options.module(), options.force(), options.dryRun());
        schemaChanged(result);
        return observed(result);
    }

    /**
     * Rolls back the last {@code steps} applied migrations (of {@code module}, or of all modules).
     *
     * @deprecated use {@link #rollback(RollbackOptions)}
     */
    @Deprecated
    public MigrationResult rollback(int steps, String module, boolean force, boolean dryRun) {
        return rollback(new RollbackOptions(steps, module, force, dryRun));
    }

    /** Accepts the current files: records their checksums for changed migrations and drifted schemas. */
    public List<String> repair() {
        return new Repair(store).run(status());
    }

    /**
     * Checks files against history without changing anything: throws {@code CHECKSUM_MISMATCH} for
     * edited applied migrations and returns warnings for drift and missing files. Every file is read
     * and hashed, whatever the checksum cache remembers.
     */
    public List<String> validate() {
        MigrationPlan plan = Planner.plan(source.verified(), store.readHistory(), db.config().engine());
        Validation.refuseChangedMigrations(plan);
        return Validation.warnings(plan);
    }

    /** Who holds the migration lock now, where the engine can tell. */
    public Optional<String> lockHolder() {
        try (Connection c = db.dataSource().getConnection()) {
            return db.dialect().migrationLockHolder(c);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the migration lock: " + e.getMessage(), e);
        }
    }
}
