package io.systemprompt.database.bench;

import io.systemprompt.database.bench.run.Size;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The harness's command line.
 *
 * <pre>
 * --size full|quick|tiny   (also --quick, --tiny; default full)
 * --only query,cold,warm,writers,bulk,seedcold,seedinsert,seedload
 * --results DIR            where {size}.tsv goes (default bench/results)
 * --report FILE            the Markdown report (default docs/benchmarks.md; "-" for none)
 * --analysis FILE          hand-written text appended to the report (default bench/analysis.md)
 * --spdb JAR               the spdb jar for whole-process figures (default cli/target/spdb.jar if built)
 * --work DIR               scratch folder (default a new temporary folder)
 * </pre>
 */
record BenchOptions(Size size, List<String> only, Path results, Optional<Path> report, Path analysis,
                    Optional<Path> spdbJar, Optional<Path> work) {

    static final List<String> SECTIONS = List.of("query", "cold", "warm", "writers", "bulk", "seedcold", "seedinsert", "seedload");

    static BenchOptions parse(String[] args) {
        Size size = Size.FULL;
        List<String> only = SECTIONS;
        Path results = Path.of("bench/results");
        Optional<Path> report = Optional.of(Path.of("docs/benchmarks.md"));
        Path analysis = Path.of("bench/analysis.md");
        Path spdb = Path.of("cli/target/spdb.jar");
        Optional<Path> work = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> size = Size.QUICK;
                case "--tiny" -> size = Size.TINY;
                case "--size" -> size = Size.named(value(args, ++i, a));
                case "--only" -> only = sections(value(args, ++i, a));
                case "--results" -> results = Path.of(value(args, ++i, a));
                case "--report" -> report = Optional.of(value(args, ++i, a)).filter(v -> !"-".equals(v)).map(Path::of);
                case "--analysis" -> analysis = Path.of(value(args, ++i, a));
                case "--spdb" -> spdb = Path.of(value(args, ++i, a));
                case "--work" -> work = Optional.of(Path.of(value(args, ++i, a)));
                default -> throw new IllegalArgumentException("Unknown option '" + a + "'. See BenchOptions for usage.");
            }
        }
        return new BenchOptions(size, only, results, report, analysis,
                Optional.of(spdb).filter(Files::isRegularFile), work);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Option " + option + " needs a value.");
        }
        return args[i];
    }

    private static List<String> sections(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!SECTIONS.contains(s.trim())) {
                throw new IllegalArgumentException("Unknown section '" + s + "'. Use some of " + SECTIONS + ".");
            }
            out.add(s.trim());
        }
        return out;
    }
}
