package io.systemprompt.database.bench.run;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.bench.migrate.MigrateProbe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a JVM, times it from start to exit and reads its peak RSS: with GNU {@code /usr/bin/time}
 * when present, otherwise by polling {@code VmHWM} in {@code /proc/<pid>/status}.
 */
public final class ChildProcess {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final List<String> JVM_FLAGS = List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");

    /** A bound on one child, so that a hung tool cannot stall the suite. */
    private static final long TIMEOUT_MINUTES = 10;

    private final Path workDir;

    /** Child logs and RSS files go under {@code workDir}. */
    public ChildProcess(Path workDir) {
        this.workDir = workDir;
    }

    /** Runs a class of this harness's class path in a fresh JVM. */
    public ProcessRun runMain(String mainClass, List<String> args, Map<String, String> env) {
        List<String> cmd = new ArrayList<>(List.of(javaBinary()));
        cmd.addAll(JVM_FLAGS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        return run(cmd, env);
    }

    /** Runs an executable jar in a fresh JVM. */
    public ProcessRun runJar(Path jar, List<String> args, Map<String, String> env) {
        List<String> cmd = new ArrayList<>(List.of(javaBinary()));
        cmd.addAll(JVM_FLAGS);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(args);
        return run(cmd, env);
    }

    /** Runs a command, failing with its output when it exits non-zero. */
    public ProcessRun run(List<String> command, Map<String, String> env) {
        try {
            Path log = Files.createTempFile(workDir, "child", ".log");
            Path rss = Files.createTempFile(workDir, "rss", ".txt");
            boolean gnu = Files.isExecutable(GNU_TIME);
            List<String> cmd = new ArrayList<>();
            if (gnu) {
                cmd.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
            }
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            long start = System.nanoTime();
            Process p = pb.start();
            long polled = gnu ? -1 : RssPoller.pollUntilExit(p);
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new DatabaseException("benchmarks: " + command + " ran longer than " + TIMEOUT_MINUTES
                        + " minutes and was stopped. See " + log + " for its output.");
            }
            int code = p.exitValue();
            long wall = System.nanoTime() - start;
            String output = Files.readString(log);
            if (code != 0) {
                throw new DatabaseException("benchmarks: child process exited with " + code + ": " + command
                        + "\n" + tail(output) + "\nFix the failure above and run ./bench/run again.");
            }
            long peak = gnu ? parseRss(Files.readString(rss)) : polled;
            return new ProcessRun(wall, inProcess(output), peak, output);
        } catch (IOException e) {
            throw new DatabaseException("benchmarks: cannot start " + command + ": " + e.getMessage()
                    + ". Check that java is on the PATH.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("benchmarks: interrupted while waiting for " + command, e);
        }
    }

    private static long parseRss(String text) {
        String[] lines = text.trim().split("\n");
        try {
            return Long.parseLong(lines[lines.length - 1].trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long inProcess(String output) {
        for (String line : output.split("\n")) {
            if (line.startsWith(MigrateProbe.PREFIX)) {
                return Long.parseLong(line.substring(MigrateProbe.PREFIX.length()).split(" ")[0]);
            }
        }
        return -1;
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
