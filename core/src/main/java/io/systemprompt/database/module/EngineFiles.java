package io.systemprompt.database.module;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.script.SqlFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One logical SQL file and its engine overrides, e.g. {@code schema.sql}, {@code schema.sqlite.sql}
 * and {@code schema.postgres.sql}. An override wins on its engine; otherwise the generic file is used
 * (and translated by the engine where needed). Discovery only builds instances with a generic file.
 *
 * @param generic  the engine-neutral (SQLite dialect) file, or null
 * @param sqlite   the SQLite override, or null
 * @param postgres the PostgreSQL override, or null
 */
public record EngineFiles(SqlFile generic, SqlFile sqlite, SqlFile postgres) {

    /** Needs at least one of the three files. */
    public EngineFiles {
        if (generic == null && sqlite == null && postgres == null) {
            throw new IllegalArgumentException("EngineFiles needs at least one file");
        }
    }

    /** Just a generic file. */
    public static EngineFiles of(SqlFile generic) {
        return new EngineFiles(generic, null, null);
    }

    /** The override for the engine if there is one, else the generic file (empty if neither). */
    public Optional<SqlFile> forEngine(EngineType engine) {
        SqlFile override = override(engine);
        return Optional.ofNullable(override != null ? override : generic);
    }

    /** The override for the engine, or null. */
    public SqlFile override(EngineType engine) {
        return engine == EngineType.POSTGRES ? postgres : sqlite;
    }

    /** True when the engine runs an override file rather than the generic one. */
    public boolean hasOverride(EngineType engine) {
        return override(engine) != null;
    }

    /** Every file present, generic first. */
    public List<SqlFile> all() {
        List<SqlFile> files = new ArrayList<>(3);
        for (SqlFile f : new SqlFile[] {generic, sqlite, postgres}) {
            if (f != null) {
                files.add(f);
            }
        }
        return List.copyOf(files);
    }
}
