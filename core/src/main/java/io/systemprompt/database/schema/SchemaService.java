package io.systemprompt.database.schema;

import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.migrate.MigrateOptions;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.MigrationService;
import io.systemprompt.database.module.ModuleSource;
import io.systemprompt.database.migrate.ModuleState;
import io.systemprompt.database.migrate.ModuleStatus;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.ModuleSet;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.translate.FileTranslation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Module schemas: discovery, installed versions, drift, and installation. Each module's
 * {@code schema.sql}, {@code init.sql} and {@code _schema_versions} row are installed in one
 * transaction, once. Obtain it from {@code Database.schemaService()}.
 */
public final class SchemaService {
    private final ModuleSource source;
    private final MigrationService migrations;

    /** Normally reached through {@code Database.schemaService()}; shares its discovery and migration core. */
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

    /**
     * The SQL a file runs on an engine: for PostgreSQL the translation of a SQLite-dialect file, each
     * statement after a comment with its source line:column; for SQLite the file as written.
     *
     * @throws io.systemprompt.database.script.TranslationException naming the construct that has no
     *         safe translation and the override file to add
     */
    public String translate(Path file, EngineType engine) {
        SqlFile sql;
        try {
            sql = SqlFile.of(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + file + ": " + e.getMessage()
                    + ". Check the path.", e);
        }
        return FileTranslation.render(sql, engine, getAllSchemas());
    }

    /** Installs every pending module schema; a failed module skips its dependents, others go on. */
    public MigrationResult installPending() {
        return migrations.migrate(MigrateOptions.all().withoutMigrations());
    }

    /** Installs one module and the modules it depends on, where pending. */
    public MigrationResult install(String key) {
        return migrations.migrate(MigrateOptions.all().module(key).withoutMigrations());
    }
}
