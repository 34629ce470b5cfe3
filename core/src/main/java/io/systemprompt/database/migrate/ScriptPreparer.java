package io.systemprompt.database.migrate;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.translate.PostgresTranslator;
import io.systemprompt.database.translate.TableShape;
import io.systemprompt.database.translate.TranslationContext;
import io.systemprompt.database.script.TranslationException;

import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses the file an engine runs (its override, else the generic file) and splits it into
 * statements, translating the portable SQLite dialect where the engine needs it. One preparer is used
 * for a whole run, in install order, so translation knows the tables declared by earlier files; tables
 * it has not seen come from the live catalog.
 */
final class ScriptPreparer {
    private final EngineType engine;
    private final boolean translates;
    private final TranslationContext context;

    ScriptPreparer(Dialect dialect, Function<String, Optional<TableShape>> liveTables) {
        this(dialect.type(), dialect.translatesGenericScripts(), liveTables);
    }

    /**
     * @param engine     the engine whose files are chosen
     * @param translates true when generic files are translated for it
     * @param liveTables tables the run's files have not declared, by name
     */
    ScriptPreparer(EngineType engine, boolean translates, Function<String, Optional<TableShape>> liveTables) {
        this.engine = engine;
        this.translates = translates;
        this.context = new TranslationContext(liveTables);
    }

    /** True when generic files are translated for this engine, so they teach the translator. */
    boolean translates() {
        return translates;
    }

    EngineType engine() {
        return engine;
    }

    /**
     * Translates, without keeping the result, the files a module set has already run (installed
     * schemas, applied migrations), so files prepared next know every live table and which module made it.
     */
    void learnApplied(io.systemprompt.database.module.ModuleSet modules, MigrationPlan plan) {
        new StepPlanner(this).steps(modules, plan, java.util.Set.of(), false);
    }

    /** The prepared script for this engine, or empty when there is no file. */
    Optional<PreparedScript> prepare(String module, EngineFiles files) {
        if (files == null) {
            return Optional.empty();
        }
        return files.forEngine(engine).map(f -> prepare(module, f, files.hasOverride(engine)));
    }

    /** An engine override file runs as written; a generic file is translated where the engine needs it. */
    PreparedScript prepare(String module, SqlFile file, boolean engineSpecific) {
        if (!translates || engineSpecific) {
            return new PreparedScript(file, SqlSplitter.split(file));
        }
        try {
            context.module(module);
            return new PreparedScript(file, PostgresTranslator.translate(file, context));
        } catch (TranslationException e) {
            throw new MigrationException(MigrationException.Reason.TRANSLATION_FAILED, module, file.location(),
                    "Module " + module + ": " + e.getMessage() + "\n  Nothing was run.", e);
        }
    }
}
