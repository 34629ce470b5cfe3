package io.systemprompt.database.migrate;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;

import java.util.Optional;

/**
 * Chooses the file an engine runs (its override, else the generic file) and splits it into
 * statements, translating the portable SQLite dialect where the engine needs it. One preparer is used
 * for a whole run, in install order, so translation knows the tables declared by earlier files.
 */
final class ScriptPreparer {
    private final EngineType engine;

    ScriptPreparer(EngineType engine) {
        this.engine = engine;
    }

    EngineType engine() {
        return engine;
    }

    /** The prepared script for this engine, or empty when there is no file. */
    Optional<PreparedScript> prepare(String module, EngineFiles files) {
        if (files == null) {
            return Optional.empty();
        }
        return files.forEngine(engine).map(f -> prepare(module, f, files.hasOverride(engine)));
    }

    PreparedScript prepare(String module, SqlFile file, boolean engineSpecific) {
        return new PreparedScript(file, SqlSplitter.split(file));
    }
}
