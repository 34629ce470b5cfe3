package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import io.systemprompt.database.module.RootSource.RawFile;
import io.systemprompt.database.script.SqlFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The parsed {@code module.yaml}: {@code name}, {@code version} and {@code dependencies}. It is read as
 * a YAML node tree rather than Java objects, so values keep their written text ({@code version: 1.10}
 * stays "1.10") and a wrong type is reported with its line and column. Unknown keys are ignored.
 *
 * @param name         the declared name, or null
 * @param version      the declared version, or {@link DatabaseModule#DEFAULT_VERSION}
 * @param dependencies the declared module keys or bare names, without duplicates
 * @param enabled      false for {@code enabled: false} (also {@code ${VAR:-false}} with VAR unset)
 */
record ModuleDescriptor(String name, String version, List<String> dependencies, boolean enabled) {

    /** The largest {@code module.yaml} read. */
    static final int MAX_BYTES = 64 * 1024;

    /** The keys this module reads; a repeat of one of them is an error, other tools' keys are left alone. */
    private static final Set<String> READ_KEYS = Set.of("name", "version", "dependencies", "enabled");

    /** The descriptor of a module without {@code module.yaml}. */
    static final ModuleDescriptor DEFAULT = new ModuleDescriptor(null, DatabaseModule.DEFAULT_VERSION, List.of(),
            true);

    /** Parses a {@code module.yaml}; an empty file gives the defaults. */
    static ModuleDescriptor parse(RawFile file) {
        if (file.bytes().length > MAX_BYTES) {
            // Checked before parsing: a huge file would cost minutes of CPU before any other error.
            throw malformed(file, null, "the file is " + file.bytes().length + " bytes; a module.yaml holds a name,"
                    + " a version and dependencies and may be at most " + MAX_BYTES + " bytes");
        }
        Node root;
        try {
            String text = SqlFile.normalize(new String(file.bytes(), StandardCharsets.UTF_8));
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw malformed(file, mark, e.getProblem() != null ? e.getProblem() : e.getMessage());
        } catch (RuntimeException e) { // YAMLException without a position
            throw malformed(file, null, e.getMessage());
        }
        if (root == null || isNull(root)) {
            return DEFAULT;
        }
        if (!(root instanceof MappingNode map)) {
            throw malformed(file, root.getStartMark(), "expected a mapping with name, version and dependencies");
        }
        return fromMapping(file, map);
    }

    private static ModuleDescriptor fromMapping(RawFile file, MappingNode map) {
        String name = null;
        String version = DatabaseModule.DEFAULT_VERSION;
        List<String> deps = List.of();
        boolean enabled = true;
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(file, t.getKeyNode(), "a key");
            Node value = t.getValueNode();
            Node first = key == null || !READ_KEYS.contains(key) ? null : seen.putIfAbsent(key, t.getKeyNode());
            if (first != null) {
                // YAML forbids a repeated key; SnakeYAML's composer would silently keep the last one.
                throw malformed(file, t.getKeyNode().getStartMark(), "'" + key + "' is given twice (first on line "
                        + (first.getStartMark().getLine() + 1) + "); keep one");
            }
            switch (key == null ? "" : key) {
                case "name" -> name = scalar(file, value, "name (a string)");
                case "version" -> version = orDefault(scalar(file, value, "version (a string)"));
                case "dependencies" -> deps = dependencies(file, value);
                case "enabled" -> enabled = enabled(value);
                default -> { } // unknown keys are left to other tools
            }
        }
        return new ModuleDescriptor(name, version, deps, enabled);
    }

    /**
     * Only an explicit false disables a module; {@code ${VAR:-default}} is read from the environment
     * first. Any other value (including a mapping) leaves it enabled, as other tools own this key too.
     */
    private static boolean enabled(Node value) {
        if (!(value instanceof ScalarNode s)) {
            return true;
        }
        String text = EnvPlaceholder.expand(s.getValue()).trim();
        return !(text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no") || text.equalsIgnoreCase("off"));
    }

    private static String orDefault(String version) {
        String v = version == null ? null : EnvPlaceholder.expand(version);
        return v == null || v.isBlank() ? DatabaseModule.DEFAULT_VERSION : v.trim();
    }

    private static List<String> dependencies(RawFile file, Node value) {
        if (isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode seq)) {
            throw malformed(file, value.getStartMark(), "dependencies must be a list of module keys, "
                    + "e.g. [core/users], not " + describe(value));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Node item : seq.getValue()) {
            String k = scalar(file, item, "a module key in dependencies");
            if (k == null || k.isBlank()) {
                throw malformed(file, item.getStartMark(), "a dependency must be a module key such as core/users");
            }
            keys.add(normalizeKey(k));
        }
        return new ArrayList<>(keys);
    }

    private static String normalizeKey(String k) {
        String s = k.trim().replace('\\', '/');
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.startsWith("/") ? s.substring(1) : s;
    }

    /** The text of a scalar node, null for a YAML null; other node kinds are errors. */
    private static String scalar(RawFile file, Node node, String what) {
        if (isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            throw malformed(file, node.getStartMark(), "expected " + what + ", found " + describe(node));
        }
        return s.getValue();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode s) {
            return "'" + s.getValue() + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    private static ModuleDiscoveryException malformed(RawFile file, Mark mark, String problem) {
        String where = mark == null ? file.location()
                : file.location() + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
        return new ModuleDiscoveryException(Reason.MALFORMED_DESCRIPTOR, "Module discovery: " + where + ": "
                + problem.strip() + ". Fix module.yaml: it holds name (text), version (text) and dependencies "
                + "(a list of module keys such as core/users).");
    }
}
