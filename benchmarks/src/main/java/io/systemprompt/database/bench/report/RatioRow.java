package io.systemprompt.database.bench.report;

/**
 * A comparison evaluated against the figures of one run: the ratio of the medians, and the spread
 * of the ratios of runs paired by repetition (the runs alternated between subject and baseline).
 */
record RatioRow(Comparison comparison, double ratio, double low, double high) {

    static RatioRow of(Comparison c, Figure subject, Figure baseline) {
        double ratio = c.ratio(subject.median(), baseline.median());
        double low = Double.NaN;
        double high = Double.NaN;
        int n = Math.min(subject.samples().length, baseline.samples().length);
        if (subject.samples().length == baseline.samples().length && n > 1) {
            low = Double.POSITIVE_INFINITY;
            high = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double r = c.ratio(subject.samples()[i], baseline.samples()[i]);
                low = Math.min(low, r);
                high = Math.max(high, r);
            }
        }
        return new RatioRow(c, ratio, low, high);
    }

    String spread() {
        return Double.isNaN(low) ? "–" : Numbers.ratio(low) + " – " + Numbers.ratio(high);
    }

    String target() {
        return comparison.hasTarget() ? comparison.op() + " " + Numbers.ratio(comparison.target()) : "reference";
    }

    String verdict() {
        if (!comparison.hasTarget()) {
            return "–";
        }
        if (comparison.met(ratio)) {
            return "**met**";
        }
        double gap = comparison.shortfall(ratio);
        return comparison.target() == 0 ? "**missed** (" + Numbers.format(gap) + ")"
                : "**missed** by " + Numbers.format(gap * 100) + " %";
    }
}
