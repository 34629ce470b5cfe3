package io.systemprompt.database.bench.report;

import java.util.Arrays;

/** Small statistics helpers: medians are used everywhere because single runs are noisy here. */
public final class Stats {
    private Stats() {
    }

    /** The median of the values, NaN when there are none. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
