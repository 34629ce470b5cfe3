package io.systemprompt.database.bench.run;

import io.systemprompt.database.bench.report.Results;
import io.systemprompt.database.config.EngineType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every benchmark section gets: the size, where to record results, a scratch folder,
 * the engines reachable on this machine and the {@code spdb} jar when it was built.
 */
public record Context(Size size, Results results, Path workDir, boolean postgres, Optional<Path> spdbJar,
                      ChildProcess children) {

    /** The engines to measure: SQLite always, PostgreSQL when reachable. */
    public List<EngineType> engines() {
        List<EngineType> out = new ArrayList<>(List.of(EngineType.SQLITE));
        if (postgres) {
            out.add(EngineType.POSTGRES);
        }
        return out;
    }
}
