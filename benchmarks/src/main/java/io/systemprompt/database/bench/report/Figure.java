package io.systemprompt.database.bench.report;

import java.util.Arrays;

/**
 * One measured quantity over repeated runs.
 *
 * @param key     a stable identifier, {@code section.name} (the section groups figures in the report)
 * @param unit    what the samples count, for example {@code ms}, {@code us/op}, {@code rows/s}
 * @param label   what was measured, in words
 * @param samples one value per repetition, in the order measured
 */
public record Figure(String key, String unit, String label, double[] samples) {

    /** The middle sample (mean of the two middle ones for an even count). */
    public double median() {
        return Stats.median(samples);
    }

    /** The smallest sample. */
    public double min() {
        return Arrays.stream(samples).min().orElse(Double.NaN);
    }

    /** The largest sample. */
    public double max() {
        return Arrays.stream(samples).max().orElse(Double.NaN);
    }

    /** The section this figure belongs to: the part of the key before the first dot. */
    public String section() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
