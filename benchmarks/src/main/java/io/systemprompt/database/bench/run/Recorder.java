package io.systemprompt.database.bench.run;

import io.systemprompt.database.bench.report.Figure;
import io.systemprompt.database.bench.report.Results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects samples one repetition at a time and turns them into {@link Figure}s. */
public final class Recorder {
    private final Map<String, List<Double>> samples = new LinkedHashMap<>();
    private final Map<String, String[]> described = new LinkedHashMap<>();

    /** Adds one sample to a figure. */
    public void add(String key, String unit, String label, double value) {
        samples.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        described.put(key, new String[] {unit, label});
    }

    /** Records every figure collected so far in the results. */
    public void flush(Results results) {
        for (Map.Entry<String, List<Double>> e : samples.entrySet()) {
            String[] d = described.get(e.getKey());
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            results.add(new Figure(e.getKey(), d[0], d[1], v));
        }
    }

    /** Nanoseconds to milliseconds. */
    public static double ms(long nanos) {
        return nanos / 1e6;
    }
}
