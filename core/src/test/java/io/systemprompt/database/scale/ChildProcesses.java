package io.systemprompt.database.scale;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts {@link MigrateMain} in separate JVMs with a given environment, as separate application processes would. */
final class ChildProcesses {
    private ChildProcesses() {
    }

    static Process start(Map<String, String> env, Path log) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(),
                MigrateMain.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("DATABASE_") || k.startsWith("POSTGRES_") || k.startsWith("DB_"));
        pb.environment().putAll(env);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's class path plus its module path: the library is a named module in the test run. */
    private static String classPath() {
        String modules = System.getProperty("jdk.module.path", "");
        String classes = System.getProperty("java.class.path", "");
        return modules.isEmpty() ? classes : modules + File.pathSeparator + classes;
    }

    /** Waits for a process; returns its exit code, or fails with its log when it hangs. */
    static int await(Process p, Path log, int seconds) throws Exception {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("a migrating process did not finish in " + seconds + " s:\n" + Files.readString(log));
        }
        return p.exitValue();
    }
}
