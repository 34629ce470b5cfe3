package io.systemprompt.database.translate;

import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlStatement;
import java.util.List;

/** Test helper: translates SQL text with one shared context. */
final class Translations {
    final TranslationContext context = new TranslationContext();

    /** Translates {@code sql} as {@code mod/schema.sql} and returns the statements' text. */
    List<String> of(String sql) {
        return PostgresTranslator.translate(SqlFile.of("mod/schema.sql", sql), context).stream()
            .map(SqlStatement::sql).toList();
    }

    /** Translates a single statement that must stay a single statement. */
    String one(String sql) {
        List<String> out = of(sql);
        if (out.size() != 1) {
            throw new AssertionError("expected one statement, got " + out);
        }
        return out.get(0);
    }
}
