package io.systemprompt.database.module;

import io.systemprompt.database.module.RootSource.RawFile;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns about a {@code .sql} file in a module's {@code database/} folder that discovery never runs: not
 * {@code schema.sql}, {@code init.sql}, one of their engine overrides, or a file under
 * {@code migrations/}. Each file is named once per process, however often the roots are scanned.
 */
final class StrayFiles {
    private static final Logger LOG = LoggerFactory.getLogger(StrayFiles.class);

    private StrayFiles() {
    }

    /** Logs each stray file of one module's SQL folder (paths relative to it) once. */
    static void warn(Map<String, RawFile> databaseFiles, List<String> warnings) {
        databaseFiles.forEach((rel, raw) -> {
            if (isStray(rel)) {
                warnings.add(WarnOnce.warn(LOG, raw.location() + ": this .sql file is never run. Only schema.sql, init.sql, their "
                        + ".sqlite.sql/.postgres.sql overrides and files in migrations/ are module SQL; move it to "
                        + "migrations/ (<version>_<description>.sql) or out of database/."));
            }
        });
    }

    /** True for a {@code .sql} file discovery does not use. */
    static boolean isStray(String rel) {
        return rel.endsWith(".sql") && !rel.startsWith("migrations/")
                && !ModuleAssembler.TOP_FILE.matcher(rel).matches();
    }
}
