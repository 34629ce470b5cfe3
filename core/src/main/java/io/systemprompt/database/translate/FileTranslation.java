package io.systemprompt.database.translate;

import io.systemprompt.database.script.TranslationException;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.script.SqlFile;

import java.util.List;

/**
 * What a file runs as on an engine, for showing to a person: for PostgreSQL the translation of a
 * SQLite-dialect file, each statement after a comment with its source line:column; for SQLite the file
 * as written. Every module's schema teaches the translator its tables first, so a file is translated as
 * it would run.
 */
public final class FileTranslation {
    private FileTranslation() {
    }

    /**
     * @throws TranslationException naming the construct that has no safe translation and the override
     *         file to add
     */
    public static String render(SqlFile sql, EngineType engine, List<DatabaseModule> modules) {
        return engine == EngineType.POSTGRES ? PostgresTranslator.render(sql, contextOf(modules)) : sql.content();
    }

    private static TranslationContext contextOf(List<DatabaseModule> modules) {
        TranslationContext ctx = new TranslationContext();
        for (DatabaseModule m : modules) {
            m.schemaFiles().flatMap(f -> f.forEngine(EngineType.SQLITE)).ifPresent(f -> {
                try {
                    PostgresTranslator.translate(f, ctx);
                } catch (RuntimeException ignored) {
                    // That schema's own problem; it is reported when that file is translated.
                }
            });
        }
        return ctx;
    }
}
