package io.systemprompt.database.module;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.script.SqlFile;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration of one module as found on disk: {@code database/migrations/<version>_<description>.sql},
 * its engine overrides ({@code .sqlite.sql}, {@code .postgres.sql}) and its optional down script
 * ({@code .rollback.sql}, with {@code .sqlite.rollback.sql} / {@code .postgres.rollback.sql}
 * overrides). Its identity is the module key and the version, whichever file an engine runs.
 *
 * <p><b>No-transaction marker.</b> A migration normally runs in one transaction with its history row.
 * When the comment line {@code -- spdb:no-transaction} appears among the file's leading comment lines
 * (before the first SQL line; blank lines are allowed), it runs outside a transaction, for statements
 * such as {@code CREATE INDEX CONCURRENTLY}. The marker is read from the file the engine runs, so an
 * override can carry it alone.
 *
 * @param moduleKey   the owning module's key
 * @param version     the version from the file name
 * @param description the file name's text after {@code <version>_}, as written
 * @param up          the forward files; always has a generic file
 * @param rollback    the down files, or null when the migration has no rollback
 */
public record Migration(String moduleKey, MigrationVersion version, String description,
        EngineFiles up, EngineFiles rollback) {

    /** The marker comment that makes a migration run outside a transaction. */
    public static final String NO_TRANSACTION_MARKER = "spdb:no-transaction";

    /** Rejects missing parts; only the rollback and engine overrides are optional. */
    public Migration {
        Objects.requireNonNull(moduleKey, "moduleKey");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(up, "up");
    }

    /** The generic forward file's name, e.g. {@code 001_add_priority.sql}. */
    public String fileName() {
        SqlFile f = up.generic() != null ? up.generic() : up.all().get(0);
        return f.fileName();
    }

    /** The forward file the engine runs. */
    public Optional<SqlFile> upFor(EngineType engine) {
        return up.forEngine(engine);
    }

    /** The rollback file the engine runs, if any. */
    public Optional<SqlFile> rollbackFor(EngineType engine) {
        return rollback == null ? Optional.empty() : rollback.forEngine(engine);
    }

    /** True when the file the engine runs carries the {@code -- spdb:no-transaction} marker. */
    public boolean noTransaction(EngineType engine) {
        return upFor(engine).map(f -> hasMarker(f.content())).orElse(false);
    }

    static boolean hasMarker(String content) {
        for (String line : content.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.startsWith("--")) {
                return false;
            }
            if (t.substring(2).strip().equalsIgnoreCase(NO_TRANSACTION_MARKER)) {
                return true;
            }
        }
        return false;
    }

    /** Short: module, version and file name, never the SQL. */
    @Override
    public String toString() {
        return "Migration[" + moduleKey + " " + version.text() + " " + fileName() + (rollback != null ? ", reversible" : "")
                + "]";
    }
}
