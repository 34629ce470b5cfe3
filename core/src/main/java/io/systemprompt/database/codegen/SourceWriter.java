package io.systemprompt.database.codegen;

import java.util.Set;
import java.util.TreeSet;

/**
 * Builds one Java source file: a fixed header, the package, sorted imports, then the body with
 * four-space indentation and LF line ends, so the same input always gives the same bytes.
 */
final class SourceWriter {
    private static final String INDENT = "    ";
    /** The longest line a generated comment may have. */
    static final int WIDTH = 110;

    private final StringBuilder body = new StringBuilder();
    private final Set<String> imports = new TreeSet<>();
    private int depth;

    /** Adds an import; null is ignored. */
    SourceWriter importing(String qualifiedName) {
        if (qualifiedName != null) {
            imports.add(qualifiedName);
        }
        return this;
    }

    /** One line at the current depth; an empty string is a blank line. */
    SourceWriter line(String text) {
        if (!text.isEmpty()) {
            body.append(INDENT.repeat(depth)).append(text);
        }
        body.append('\n');
        return this;
    }

    /** {@code text {}, then one level deeper. */
    SourceWriter open(String text) {
        line(text + " {");
        depth++;
        return this;
    }

    /** One level deeper, for a block opened by hand. */
    SourceWriter indent() {
        depth++;
        return this;
    }

    /** One level shallower, then {@code }}. */
    SourceWriter close() {
        depth--;
        return line("}");
    }

    /**
     * A Javadoc comment: one short line stays on one line; longer text is wrapped at word boundaries
     * so no line passes {@value #WIDTH} columns. The text must already be escaped.
     */
    SourceWriter javadoc(String... lines) {
        String indent = INDENT.repeat(depth);
        if (lines.length == 1 && !lines[0].contains("\n") && (indent + "/** " + lines[0] + " */").length() <= WIDTH) {
            return line("/** " + lines[0] + " */");
        }
        line("/**");
        for (String l : lines) {
            for (String part : l.split("\n", -1)) {
                if (part.isEmpty()) {
                    line(" *");
                }
                for (String wrapped : wrap(part, WIDTH - indent.length() - 3)) {
                    line(" * " + wrapped);
                }
            }
        }
        return line(" */");
    }

    /** Words of {@code text} in lines of at most {@code width} characters (a longer word stands alone). */
    static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** The whole file. */
    String render(String header, String packageName) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(header).append('\n');
        out.append("package ").append(packageName).append(";\n\n");
        String lastGroup = null;
        for (String i : imports) {
            String group = i.startsWith("java.") ? "java" : "other";
            if (lastGroup != null && !group.equals(lastGroup)) {
                out.append('\n');
            }
            out.append("import ").append(i).append(";\n");
            lastGroup = group;
        }
        if (!imports.isEmpty()) {
            out.append('\n');
        }
        return out.append(body).toString();
    }

    /**
     * SQL text made safe inside a Javadoc comment: HTML specials, {@code @} at a tag position, the
     * comment end and backslashes (Java reads unicode escapes even in comments) become entities.
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\\", "&#92;");
    }

    /** A Java string literal with the text; anything outside printable ASCII becomes a unicode escape. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
