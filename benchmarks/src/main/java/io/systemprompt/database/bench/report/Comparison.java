package io.systemprompt.database.bench.report;

/**
 * A ratio between two figures measured in the same run, with an optional target.
 *
 * @param id       a stable identifier
 * @param label    what the ratio says, in words (for example "API / raw JDBC time")
 * @param subject  the key of the figure under test
 * @param baseline the key of the figure it is compared with
 * @param inverted true when the ratio is baseline / subject (a speed-up from two times)
 * @param op       {@code >=} or {@code <=} when there is a target, empty for a reference ratio
 * @param target   the value the ratio should reach (ignored without {@code op})
 */
public record Comparison(String id, String label, String subject, String baseline, boolean inverted, String op,
                         double target) {

    /** A ratio without a target, reported for reference. */
    public static Comparison reference(String id, String label, String subject, String baseline, boolean inverted) {
        return new Comparison(id, label, subject, baseline, inverted, "", 0);
    }

    /** Whether this comparison has a target to meet. */
    public boolean hasTarget() {
        return !op.isEmpty();
    }

    /** The ratio of two values in this comparison's direction. */
    public double ratio(double subjectValue, double baselineValue) {
        return inverted ? baselineValue / subjectValue : subjectValue / baselineValue;
    }

    /** Whether a ratio meets the target (always true without one). */
    public boolean met(double ratio) {
        return switch (op) {
            case ">=" -> ratio >= target;
            case "<=" -> ratio <= target;
            default -> true;
        };
    }

    /** How far a ratio is from the target, as a fraction of the target (0 when met; the ratio for a target of 0). */
    public double shortfall(double ratio) {
        if (met(ratio)) {
            return 0;
        }
        if (target == 0) {
            return Math.abs(ratio);
        }
        return ">=".equals(op) ? (target - ratio) / target : (ratio - target) / target;
    }
}
