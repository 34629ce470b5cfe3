package io.systemprompt.database.maven;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.module.ModuleSet;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.translate.PostgresTranslator;
import io.systemprompt.database.translate.TranslationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prepares every file of every module for both engines as a run would, without running anything:
 * SQLite's file is split by the lexer, PostgreSQL's override is split or the generic file translated,
 * in install order with one translation context. Collects every problem instead of stopping at the first.
 */
final class ModuleFilesCheck {

    private ModuleFilesCheck() {
    }

    /** One message per file that cannot be prepared, naming module, file, line:column and the cause. */
    static List<String> check(ModuleSet modules) {
        List<String> problems = new ArrayList<>();
        TranslationContext context = new TranslationContext();
        for (DatabaseModule module : modules.list()) {
            check(module.key(), module.schema(), context, problems);
            check(module.key(), module.init(), context, problems);
            for (Migration migration : module.migrations()) {
                check(module.key(), migration.up(), context, problems);
                check(module.key(), migration.rollback(), context, problems);
            }
        }
        return problems;
    }

    private static void check(String module, EngineFiles files, TranslationContext context, List<String> problems) {
        if (files == null) {
            return;
        }
        files.forEngine(EngineType.SQLITE).ifPresent(f -> prepare(module, problems, () -> SqlSplitter.split(f)));
        files.forEngine(EngineType.POSTGRES).ifPresent(f -> prepare(module, problems,
                () -> files.hasOverride(EngineType.POSTGRES) ? SqlSplitter.split(f) : PostgresTranslator.translate(f, context)));
    }

    private static void prepare(String module, List<String> problems, Supplier<?> step) {
        try {
            step.get();
        } catch (DatabaseException e) {
            problems.add("Module " + module + ": " + e.getMessage());
        }
    }
}
