package io.systemprompt.database.schema;

import io.systemprompt.database.Database;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.MigrationService;
import io.systemprompt.database.migrate.ModuleSource;
import io.systemprompt.database.migrate.ModuleState;
import io.systemprompt.database.migrate.ModuleStatus;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.ModuleSet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Module schemas: discovery, installed versions, drift, and installation. Each module's
 * {@code schema.sql}, {@code init.sql} and {@code _schema_versions} row are installed in one
 * transaction, once. Obtain it from {@link Database#schemaService()}.
 */
public final class SchemaService {
    private final ModuleSource source;
    private final MigrationService migrations;

    public SchemaService(ModuleSource source, MigrationService migrations) {
        this.source = source;
        this.migrations = migrations;
    }

    /** Scans the module roots again and returns what they hold, in install order. */
    public ModuleSet discoverSchemas() {
        return source.refresh();
    }

    /** Every discovered module, in install order. */
    public List<DatabaseModule> getAllSchemas() {
        return source.modules().list();
    }

    /** One module by key, e.g. {@code core/auth}. */
    public Optional<DatabaseModule> getSchema(String key) {
        return source.modules().get(key);
    }

    /** The modules installed in the database, with version and time. */
    public List<AppliedSchema> installedSchemas() {
        return status().stream().map(ModuleStatus::applied).filter(Objects::nonNull).toList();
    }

    /** Every module's state: installed, pending, changed (drift) or missing. */
    public List<ModuleStatus> status() {
        return migrations.status().modules();
    }

    /** Installed modules whose schema or init file changed since install. */
    public List<ModuleStatus> drift() {
        return migrations.status().modules(ModuleState.CHANGED);
    }

    /** Installed modules no longer found in the roots. */
    public List<ModuleStatus> missing() {
        return migrations.status().modules(ModuleState.MISSING);
    }

    /** Installs every pending module schema; a failed module skips its dependents, others go on. */
    public MigrationResult installPending() {
        return migrations.installSchemas(null, false);
    }

    /** Installs one module and the modules it depends on, where pending. */
    public MigrationResult install(String key) {
        return migrations.installSchemas(key, false);
    }
}
