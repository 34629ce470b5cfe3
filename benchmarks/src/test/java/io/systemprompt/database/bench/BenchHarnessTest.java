package io.systemprompt.database.bench;

import io.systemprompt.database.bench.report.Figure;
import io.systemprompt.database.bench.report.Results;
import io.systemprompt.database.bench.run.Pg;
import io.systemprompt.database.bench.run.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the whole harness at its smallest size and checks that it produced results; no timings are asserted. */
class BenchHarnessTest {

    @Test
    void tinyRunProducesEveryFigureAndTheReport(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("benchmarks.md");
        BenchOptions options = new BenchOptions(Size.TINY, BenchOptions.SECTIONS, dir.resolve("results"),
                Optional.of(report), dir.resolve("none.md"), Optional.empty(), Optional.of(dir.resolve("work")));

        Results results = BenchMain.run(options, "--tiny");

        assertThat(results.notes()).noneMatch(n -> n[1].startsWith("FAILED"));
        assertThat(results.figures()).map(Figure::key).containsAll(expectedKeys());
        assertThat(results.figures()).allSatisfy(f -> assertThat(f.samples()).isNotEmpty());
        assertThat(results.figure("writers.api.failed").orElseThrow().samples()).containsOnly(0.0);
        assertThat(Results.read(dir.resolve("results/tiny.tsv")).figures()).hasSameSizeAs(results.figures());
        assertThat(Files.readString(report)).contains("# Benchmarks", "Query overhead", "Cold migrate",
                "Warm start", "SQLite concurrent writers", "Bulk insert", "`tiny` run");
    }

    private static List<String> expectedKeys() {
        List<String> engines = new ArrayList<>(List.of("sqlite"));
        if (Pg.reachable()) {
            engines.add("postgres");
        }
        List<String> keys = new ArrayList<>(List.of("writers.api.tps", "writers.raw1.tps", "writers.rawdefaults.tps",
                "writers.api1.p50", "writers.api32.p99"));
        for (String e : engines) {
            keys.addAll(List.of("query." + e + ".point.api", "query." + e + ".point.raw", "query." + e + ".point.api.alloc",
                    "cold." + e + ".ours.inprocess", "cold." + e + ".flyway.process", "warm." + e + ".20.ours.inprocess",
                    "warm." + e + ".20.flyway.inprocess", "floor." + e + ".20.process", "floor." + e + ".20.inprocess", "rss." + e + ".ours", "bulk." + e + ".api", "bulk." + e + ".raw"));
        }
        return keys;
    }
}
