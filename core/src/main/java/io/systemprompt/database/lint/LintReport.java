package io.systemprompt.database.lint;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything a lint run found, in module order, then file order, then position.
 *
 * @param findings     every finding
 * @param filesChecked how many files were read
 */
public record LintReport(List<LintFinding> findings, int filesChecked) {

    /** Copies the findings. */
    public LintReport {
        findings = List.copyOf(findings);
    }

    /** How many findings have this severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when at least one finding is an error. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** True when there is a warning or an error. */
    public boolean hasWarnings() {
        return hasErrors() || count(Severity.WARNING) > 0;
    }

    /** The findings that pass the filter, with the same file count. */
    public LintReport filter(Predicate<LintFinding> keep) {
        return new LintReport(findings.stream().filter(keep).toList(), filesChecked);
    }

    /** {@code N error(s), N warning(s), N info(s) in N file(s)}. */
    public String summary() {
        return count(Severity.ERROR) + " error(s), " + count(Severity.WARNING) + " warning(s), "
                + count(Severity.INFO) + " info(s) in " + filesChecked + " file(s)";
    }

    static Comparator<LintFinding> byPosition() {
        return Comparator.comparingInt(LintFinding::line).thenComparingInt(LintFinding::column)
                .thenComparing(LintFinding::ruleId);
    }
}
