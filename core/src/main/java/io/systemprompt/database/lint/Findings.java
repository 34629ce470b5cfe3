package io.systemprompt.database.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects findings, applying the configured severities, the reasoned exceptions of the configuration
 * and the {@code -- spdb:lint-ignore} comments of each file. The same finding reported twice (one
 * SQLite statement can become several PostgreSQL statements) is kept once.
 */
final class Findings {
    private final LintConfig config;
    private final Map<String, Suppressions> suppressions = new HashMap<>();
    private final Set<LintFinding> findings = new LinkedHashSet<>();

    Findings(LintConfig config) {
        this.config = config;
    }

    void suppressions(String file, Suppressions s) {
        suppressions.put(file, s);
    }

    void add(LintRule rule, Severity severity, String table, FileStatement at, String message, String fix) {
        Severity effective = config.severity(rule.id()).orElse(severity);
        if (effective == Severity.OFF) {
            return;
        }
        Suppressions s = suppressions.get(at.file());
        if (s != null && s.suppressed(at.line(), rule.id())) {
            return;
        }
        LintFinding f = new LintFinding(rule.id(), effective, at.module(), at.file(), at.line(), at.column(), message,
                fix);
        for (LintConfig.Accepted e : config.exceptions()) {
            if (e.matches(f, table)) {
                return;
            }
        }
        findings.add(f);
    }

    List<LintFinding> list() {
        return new ArrayList<>(findings);
    }
}
