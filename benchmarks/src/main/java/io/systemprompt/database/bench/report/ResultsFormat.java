package io.systemprompt.database.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tab-separated form of {@link Results}: one record a line, its kind first. */
final class ResultsFormat {
    private ResultsFormat() {
    }

    static List<String> lines(Results r) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : r.meta().entrySet()) {
            out.add(String.join("\t", "meta", e.getKey(), e.getValue()));
        }
        for (Figure f : r.figures()) {
            String samples = Arrays.stream(f.samples()).mapToObj(Double::toString).collect(Collectors.joining(" "));
            out.add(String.join("\t", "figure", f.key(), f.unit(), f.label(), samples));
        }
        for (Comparison c : r.comparisons()) {
            out.add(String.join("\t", "compare", c.id(), c.subject(), c.baseline(), String.valueOf(c.inverted()),
                    c.op().isEmpty() ? "-" : c.op(), Double.toString(c.target()), c.label()));
        }
        for (String[] n : r.notes()) {
            out.add(String.join("\t", "note", n[0], n[1]));
        }
        return out;
    }

    static Results parse(List<String> lines) {
        Results r = new Results();
        for (String line : lines) {
            String[] p = line.split("\t", -1);
            switch (p[0]) {
                case "meta" -> r.meta(p[1], p[2]);
                case "figure" -> r.add(new Figure(p[1], p[2], p[3], samples(p[4])));
                case "compare" -> r.compare(new Comparison(p[1], p[7], p[2], p[3], Boolean.parseBoolean(p[4]),
                        "-".equals(p[5]) ? "" : p[5], Double.parseDouble(p[6])));
                case "note" -> r.note(p[1], p[2]);
                default -> { }
            }
        }
        return r;
    }

    private static double[] samples(String text) {
        return text.isBlank() ? new double[0]
                : Arrays.stream(text.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
