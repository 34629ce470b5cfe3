package io.systemprompt.database.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts {@link KillChildMain} in a child JVM and kills it with SIGKILL a seeded random time after it
 * has opened the database. The kill lands anywhere from the start of the operation to a little past its
 * end: the window is the duration of the last run that finished before its kill, widened after each kill
 * that found the operation still working (so it follows the machine's speed), starting from the caller's
 * first guess.
 *
 * <p>The number of kills per operation and engine is {@code -Dspdb.reliability.kills} (default 4;
 * CI runs 20, see {@code .ci/run}); the seed is {@code -Dspdb.reliability.seed}.
 */
final class KillHarness {
    /** Kills per operation and engine. */
    static final int KILLS = Integer.getInteger("spdb.reliability.kills", 4);
    private static final long SEED = Long.getLong("spdb.reliability.seed", 20261201L);

    private final Random random;
    private final String name;
    private long windowMs;
    private int kills;
    private int midOperation;
    private final long started = System.nanoTime();

    /** One harness per test: {@code name} labels its report, {@code salt} varies the seed per test. */
    KillHarness(String name, long salt, long firstGuessMs) {
        this.name = name;
        this.random = new Random(SEED + salt);
        this.windowMs = firstGuessMs;
    }

    /** Runs {@code args} in a child with {@code env} and kills it; says whether it was still working. */
    boolean killDuring(Map<String, String> env, String... args) throws IOException, InterruptedException {
        long delay = random.nextInt((int) Math.max(1, windowMs * 5 / 4));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only and the serial collector: the child starts sooner and the run is short.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss1m",
                "-cp", classPath(), KillChildMain.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> readLines(p, lines), "kill-child-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!lines.contains("READY") && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(lines).as("child output of %s", String.join(" ", args)).contains("READY");
        Thread.sleep(delay);
        boolean exited = !p.isAlive();
        boolean done = done(lines) >= 0;
        p.destroyForcibly(); // SIGKILL
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        long took = done(lines);
        // A child that stopped on its own must have finished its operation, not failed it.
        assertThat(exited && took < 0).as("child failed before the kill: %s", lines).isFalse();
        kills++;
        if (took >= 0) {
            windowMs = Math.max(1, took);
        }
        if (!done) {
            midOperation++;
            // Still working when killed: widen the window so that later kills also reach the commit.
            windowMs = Math.min(30_000, windowMs * 5 / 4);
        }
        return !done;
    }

    /** A line for the test log: how many kills, how many landed while the operation ran, how long. */
    String summary() {
        return name + ": " + kills + " kills, " + midOperation + " during the operation, window " + windowMs
                + " ms, " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms in all";
    }

    private static long done(List<String> lines) {
        synchronized (lines) {
            for (String l : lines) {
                if (l.startsWith("DONE ")) {
                    return Long.parseLong(l.substring(5).trim());
                }
            }
        }
        return -1;
    }

    private static void readLines(Process p, List<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        } catch (IOException killed) {
            // The pipe closes when the child dies.
        }
    }

    /** Everything this test JVM sees, as a plain class path (tests may run on the module path). */
    private static String classPath() {
        String sep = java.io.File.pathSeparator;
        return String.join(sep, Path.of("target", "test-classes").toAbsolutePath().toString(),
                Path.of("target", "classes").toAbsolutePath().toString(), System.getProperty("java.class.path"),
                System.getProperty("jdk.module.path", ""));
    }
}
