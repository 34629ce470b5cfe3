package io.systemprompt.database.bench.migrate;

import io.systemprompt.database.bench.run.ChildProcess;
import io.systemprompt.database.bench.run.ProcessRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code spdb} as users do, through the repository's {@code ./spdb} script (with its JVM flags and
 * AppCDS archive), when the jar sits in {@code <repo>/cli/target}; otherwise {@code java -jar}.
 */
public final class SpdbScript {
    private SpdbScript() {
    }

    /** Runs {@code spdb args} with {@code env}, through the launcher when there is one. */
    public static ProcessRun run(ChildProcess children, Path jar, List<String> args, Map<String, String> env) {
        Path abs = jar.toAbsolutePath().normalize();
        Path script = abs.getParent() == null || abs.getParent().getParent() == null ? null
                : abs.getParent().getParent().getParent().resolve("spdb");
        if (script == null || !Files.isExecutable(script) || !abs.equals(script.resolveSibling("cli/target/spdb.jar"))) {
            return children.runJar(jar, args, env);
        }
        List<String> cmd = new ArrayList<>(List.of(script.toString()));
        cmd.addAll(args);
        Map<String, String> withLogLevel = new HashMap<>(env);
        withLogLevel.put("SPDB_JAVA_OPTS", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        return children.run(cmd, withLogLevel);
    }
}
