package io.systemprompt.database.bench.migrate;

import io.systemprompt.database.bench.run.ChildProcess;
import io.systemprompt.database.bench.run.ProcessRun;
import io.systemprompt.database.bench.run.Target;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A way to migrate a database in a fresh process: this library or Flyway in a plain main, or {@code spdb}. */
public enum Tool {
    /** This library's {@code migrationService().migrate()} in a plain main. */
    OURS("ours", "library in a plain main"),
    /** Flyway's {@code migrate()} in a plain main. */
    FLYWAY("flyway", "Flyway in a plain main"),
    /** The {@code spdb migrate} command (whole process only). */
    SPDB("spdb", "spdb migrate");

    private final String id;
    private final String label;

    Tool(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The identifier used in figure keys. */
    public String id() {
        return id;
    }

    /** The name shown in the report. */
    public String label() {
        return label;
    }

    /** Migrates the target with this tool in a new JVM. */
    public ProcessRun run(ChildProcess children, Target target, MigrationSet set, Path spdbJar) {
        if (this == SPDB) {
            return SpdbScript.run(children, spdbJar, List.of("migrate"), target.env(set.modules()));
        }
        String dir = (this == FLYWAY ? set.flyway() : set.modules()).toAbsolutePath().toString();
        return children.runMain(MigrateProbe.class.getName(),
                List.of(id, target.engine().id(), target.location(), dir), Map.of());
    }
}
