package io.systemprompt.database.bench.run;

import java.util.List;

/**
 * How much work each benchmark does. {@link #FULL} is the size (≤ 15 minutes on 2 cores),
 * {@link #QUICK} takes about a minute and is noisy, {@link #TINY} only proves the harness works.
 *
 * @param name           the size's name, as given on the command line
 * @param repeats        repetitions of every whole-run measurement
 * @param coldMigrations migrations applied by the cold-migrate comparison
 * @param warmCounts     migration counts at which warm start is measured
 * @param writerThreads  concurrent SQLite writers
 * @param writerTx       transactions per writer (5 inserts each)
 * @param writerDeadlineMs a bound on each writers' run, so that a stalling baseline cannot stretch the suite
 * @param bulkRows       rows of the bulk insert
 * @param jmh            the JMH run shape
 */
public record Size(String name, int repeats, int coldMigrations, List<Integer> warmCounts, int writerThreads,
                   int writerTx, long writerDeadlineMs, int bulkRows, JmhShape jmh) {

    /**
     * The JMH run shape.
     *
     * @param methods a regular expression of the benchmark methods to run
     */
    public record JmhShape(String methods, int forks, int warmups, int warmupMs, int iterations, int iterationMs) {
    }

    public static final Size TINY = new Size("tiny", 1, 20, List.of(20), 8, 10, 2_000, 2_000,
            new JmhShape("point.*", 0, 1, 50, 1, 50));
    public static final Size QUICK = new Size("quick", 3, 50, List.of(20, 100), 8, 100, 3_000, 50_000,
            new JmhShape(".*", 1, 1, 200, 3, 200));
    public static final Size FULL = new Size("full", 3, 1_000, List.of(100, 1_000, 5_000), 8, 1_000, 10_000,
            1_000_000, new JmhShape(".*", 1, 2, 1_000, 4, 1_000));

    /** The size with this name. */
    public static Size named(String name) {
        return switch (name) {
            case "tiny" -> TINY;
            case "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("Unknown size '" + name + "'. Use tiny, quick or full.");
        };
    }

    /** The largest warm-start count: the size at which peak RSS of a migrate is read. */
    public int largestCount() {
        return warmCounts.stream().mapToInt(Integer::intValue).max().orElse(coldMigrations);
    }
}
