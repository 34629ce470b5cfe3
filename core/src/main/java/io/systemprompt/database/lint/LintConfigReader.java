package io.systemprompt.database.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the YAML document of {@value LintConfig#FILE_NAME} into a {@link LintConfig}, naming bad keys. */
final class LintConfigReader {
    private static final Set<String> KEYS = Set.of("unprefixed-tables", "rules", "exceptions");
    private static final Set<String> EXCEPTION_KEYS = Set.of("rule", "module", "table", "file", "reason");

    private LintConfigReader() {
    }

    static LintConfig read(String file, Object doc) {
        if (doc == null) {
            return LintConfig.DEFAULTS;
        }
        Map<?, ?> map = map(file, doc, "the document");
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new LintConfigException(file + ": unknown key '" + key + "'; known keys: " + KEYS);
            }
        }
        Set<String> tables = new LinkedHashSet<>(LintConfig.DEFAULTS.unprefixedTables());
        for (Object t : list(file, map.get("unprefixed-tables"), "unprefixed-tables")) {
            tables.add(String.valueOf(t).toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, Severity> severities = new HashMap<>();
        if (map.get("rules") != null) {
            for (Map.Entry<?, ?> e : map(file, map.get("rules"), "rules").entrySet()) {
                String rule = known(file, String.valueOf(e.getKey()));
                try {
                    // YAML 1.1 reads an unquoted off as the boolean false.
                    Object v = Boolean.FALSE.equals(e.getValue()) ? "off" : e.getValue();
                    severities.put(rule, Severity.parse(String.valueOf(v)));
                } catch (IllegalArgumentException ex) {
                    throw new LintConfigException(file + ": rules." + rule + ": " + ex.getMessage());
                }
            }
        }
        List<LintConfig.Accepted> exceptions = new ArrayList<>();
        for (Object item : list(file, map.get("exceptions"), "exceptions")) {
            exceptions.add(exception(file, map(file, item, "an entry of exceptions")));
        }
        return new LintConfig(tables, severities, exceptions, true);
    }

    private static LintConfig.Accepted exception(String file, Map<?, ?> e) {
        for (Object key : e.keySet()) {
            if (!EXCEPTION_KEYS.contains(String.valueOf(key))) {
                throw new LintConfigException(file + ": exceptions: unknown key '" + key + "'; known keys: "
                        + EXCEPTION_KEYS);
            }
        }
        Object rule = e.get("rule");
        Object reason = e.get("reason");
        if (rule == null || reason == null || String.valueOf(reason).isBlank()) {
            throw new LintConfigException(file + ": every entry of exceptions needs a rule and a reason (why the"
                    + " finding is accepted); got " + e);
        }
        return new LintConfig.Accepted(known(file, String.valueOf(rule)), text(e.get("module")),
                text(e.get("table")), text(e.get("file")), String.valueOf(reason));
    }

    private static String known(String file, String rule) {
        if (!Rules.ids().contains(rule)) {
            throw new LintConfigException(file + ": unknown rule '" + rule + "'; known rules: " + Rules.ids());
        }
        return rule;
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static Map<?, ?> map(String file, Object o, String what) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new LintConfigException(file + ": " + what + " must be a mapping (key: value)");
        }
        return m;
    }

    private static List<?> list(String file, Object o, String what) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new LintConfigException(file + ": " + what + " must be a list");
        }
        return l;
    }
}
