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
 * Everything one harness run measured: figures, the comparisons between them, notes and facts
 * about the machine. Kept as a tab-separated file so the report can be regenerated without rerunning.
 */
public final class Results {
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<String[]> notes = new ArrayList<>();

    /** Records a fact about the run (machine, versions, command). */
    public synchronized void meta(String key, String value) {
        meta.put(key, value.replace('\t', ' ').replace('\n', ' '));
    }

    /** Records a figure, replacing one with the same key. */
    public synchronized void add(Figure figure) {
        figures.put(figure.key(), figure);
    }

    /** Records a comparison; it is reported only when both figures exist. */
    public synchronized void compare(Comparison comparison) {
        comparisons.add(comparison);
    }

    /** Records a note for a section, for example why something was skipped. */
    public synchronized void note(String section, String text) {
        notes.add(new String[] {section, text.replace('\t', ' ').replace('\n', ' ')});
    }

    /** Facts about the run, in the order recorded. */
    public Map<String, String> meta() {
        return meta;
    }

    /** Every figure, in the order first recorded. */
    public List<Figure> figures() {
        return List.copyOf(figures.values());
    }

    /** The figure with this key, if it was measured. */
    public Optional<Figure> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    /** Every comparison, including those whose figures were not measured. */
    public List<Comparison> comparisons() {
        return List.copyOf(comparisons);
    }

    /** Notes as {section, text} pairs. */
    public List<String[]> notes() {
        return List.copyOf(notes);
    }

    /** Writes the results as tab-separated lines. */
    public synchronized void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ResultsFormat.lines(this));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Reads results written by {@link #write}. */
    public static Results read(Path file) {
        try {
            return ResultsFormat.parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
