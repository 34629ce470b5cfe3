package io.systemprompt.database.cli.render;

import java.util.ArrayList;
import java.util.List;

/** Aligned columns for a terminal: a header, a rule, the rows. Long cells are cut at 80 characters. */
public final class TextTable {
    private static final int MAX_CELL = 80;

    private TextTable() {
    }

    /** The header and rows as aligned text lines, without a trailing newline. */
    public static String write(List<String> headers, List<List<Object>> rows, Style style) {
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : rows) {
            cells.add(row.stream().map(TextTable::cell).toList());
        }
        int[] widths = widths(headers, cells);
        StringBuilder sb = new StringBuilder();
        sb.append(style.bold(pad(headers, widths))).append('\n');
        sb.append(rule(widths));
        for (List<String> row : cells) {
            sb.append('\n').append(pad(row, widths));
        }
        return sb.toString();
    }

    private static String cell(Object v) {
        String s = Values.text(v).replaceAll("[\\r\\n\\t]", " ");
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 1) + "…";
    }

    private static int[] widths(List<String> headers, List<List<String>> rows) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = headers.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        return w;
    }

    private static String pad(List<String> row, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String s = row.get(i);
            sb.append(s);
            if (i < widths.length - 1) {
                sb.append(" ".repeat(widths[i] - s.length() + 2));
            }
        }
        return sb.toString();
    }

    private static String rule(int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            sb.append("-".repeat(Math.max(1, widths[i]))).append(i < widths.length - 1 ? "  " : "");
        }
        return sb.toString();
    }
}
