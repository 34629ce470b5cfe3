package io.systemprompt.database.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code docs/benchmarks.md} from a results file: the machine, the versions, the command,
 * every ratio against its target, every raw figure, and the hand-written analysis
 * ({@code bench/analysis.md}) appended as it is.
 */
public final class ReportWriter {
    static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("query", "Query overhead (JMH, API vs raw JDBC on the same pool)");
        SECTIONS.put("cold", "Cold migrate (ours vs Flyway, fresh database)");
        SECTIONS.put("warm", "Warm start (nothing pending)");
        SECTIONS.put("floor", "Warm start against the floor (plain JDBC main reading the history once)");
        SECTIONS.put("rss", "Memory (peak RSS of a cold migrate at the largest count)");
        SECTIONS.put("writers", "SQLite concurrent writers");
        SECTIONS.put("bulk", "Bulk insert");
        SECTIONS.put("seedcold", "PostgreSQL cold migrate of module SQL in the description's style (ours vs psql and Flyway)");
        SECTIONS.put("seedinsert", "PostgreSQL inserts into a translated table vs the same table declared natively");
        SECTIONS.put("seedload", "PostgreSQL bulk loads (data import and data copy) vs raw COPY");
    }

    private ReportWriter() {
    }

    /** Writes the report for {@code results} to {@code out}, appending {@code analysis} when it exists. */
    public static void write(Results results, Path out, Optional<Path> analysis) {
        List<String> md = new ArrayList<>();
        ReportHeader.write(results, md);
        for (Map.Entry<String, String> s : SECTIONS.entrySet()) {
            section(results, s.getKey(), s.getValue(), md);
        }
        analysis.filter(Files::exists).ifPresent(p -> md.add(read(p)));
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, String.join("\n", md) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out, e);
        }
    }

    private static void section(Results results, String id, String title, List<String> md) {
        List<Figure> figures = results.figures().stream().filter(f -> f.section().equals(id)).toList();
        List<String[]> notes = results.notes().stream().filter(n -> n[0].equals(id)).toList();
        if (figures.isEmpty() && notes.isEmpty()) {
            return;
        }
        md.add("## " + title);
        md.add("");
        ratios(results, id, md);
        md.add("| figure | unit | median | min – max | runs |");
        md.add("| --- | --- | ---: | ---: | ---: |");
        for (Figure f : figures) {
            md.add("| " + f.label() + " | " + f.unit() + " | " + Numbers.format(f.median()) + " | "
                    + Numbers.format(f.min()) + " – " + Numbers.format(f.max()) + " | " + f.samples().length + " |");
        }
        md.add("");
        for (String[] n : notes) {
            md.add("- Note: " + n[1]);
        }
        if (!notes.isEmpty()) {
            md.add("");
        }
    }

    private static void ratios(Results results, String id, List<String> md) {
        List<RatioRow> rows = rows(results, id);
        if (rows.isEmpty()) {
            return;
        }
        md.add("| ratio (same run) | median | paired spread | target | verdict |");
        md.add("| --- | ---: | ---: | --- | --- |");
        for (RatioRow r : rows) {
            md.add("| " + r.comparison().label() + " | " + Numbers.ratio(r.ratio()) + " | " + r.spread() + " | "
                    + r.target() + " | " + r.verdict() + " |");
        }
        md.add("");
    }

    /** The comparisons of a section whose two figures were both measured. */
    static List<RatioRow> rows(Results results, String section) {
        List<RatioRow> out = new ArrayList<>();
        for (Comparison c : results.comparisons()) {
            String s = c.id().startsWith("growth.") ? "warm" : c.id().substring(0, c.id().indexOf('.'));
            Optional<Figure> subject = results.figure(c.subject());
            Optional<Figure> baseline = results.figure(c.baseline());
            if (s.equals(section) && subject.isPresent() && baseline.isPresent()) {
                out.add(RatioRow.of(c, subject.get(), baseline.get()));
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + p, e);
        }
    }
}
