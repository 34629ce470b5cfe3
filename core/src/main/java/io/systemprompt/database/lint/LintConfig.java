package io.systemprompt.database.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What a lint run is told beyond the files: tables allowed without the module prefix, per-rule
 * severities, reasoned exceptions, and whether the migration runner sets a lock timeout. Read from
 * {@value #FILE_NAME} in a module root (see {@code docs/lint.md}) or built in code. Immutable.
 *
 * @param unprefixedTables     tables any module may create without its prefix; {@code users} by default,
 *                             the name the system description's own examples query
 * @param severities           rule id to the severity every finding of that rule gets ({@code off} hides it)
 * @param exceptions           findings accepted on purpose, each with its reason
 * @param runnerSetsLockTimeout true when migrations run with a lock timeout (the default,
 *                             {@code DB_MIGRATION_LOCK_TIMEOUT} above 0), which satisfies
 *                             {@code pg-lock-timeout} for transactional migrations
 */
public record LintConfig(Set<String> unprefixedTables, Map<String, Severity> severities, List<Accepted> exceptions,
        boolean runnerSetsLockTimeout) {

    /** The configuration file read from each module root. */
    public static final String FILE_NAME = "spdb-lint.yaml";

    /** The defaults: {@code users} may go unprefixed, no exceptions, the runner sets a lock timeout. */
    public static final LintConfig DEFAULTS = new LintConfig(Set.of("users"), Map.of(), List.of(), true);

    /**
     * A finding accepted on purpose. It matches findings of {@code rule} whose module, table and file
     * match where given (null matches anything).
     *
     * @param rule   the rule id
     * @param module a module key, or null
     * @param table  a lower-case table name, or null
     * @param file   a file name such as {@code schema.sql}, or null
     * @param reason why the finding is accepted; required
     */
    public record Accepted(String rule, String module, String table, String file, String reason) {

        /** Requires a rule and a reason. */
        public Accepted {
            Objects.requireNonNull(rule, "rule");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("lint exception for rule " + rule + " needs a reason");
            }
        }

        boolean matches(LintFinding f, String findingTable) {
            return rule.equals(f.ruleId()) && (module == null || module.equals(f.module()))
                    && (table == null || table.equalsIgnoreCase(String.valueOf(findingTable)))
                    && (file == null || file.equals(f.fileName()));
        }
    }

    /** Copies the collections. */
    public LintConfig {
        unprefixedTables = Set.copyOf(unprefixedTables);
        severities = Map.copyOf(severities);
        exceptions = List.copyOf(exceptions);
    }

    /** This configuration with the runner's lock timeout setting. */
    public LintConfig withRunnerSetsLockTimeout(boolean value) {
        return new LintConfig(unprefixedTables, severities, exceptions, value);
    }

    /** This configuration and another combined: sets and lists joined, the other's severities win. */
    public LintConfig merge(LintConfig other) {
        Set<String> tables = new LinkedHashSet<>(unprefixedTables);
        tables.addAll(other.unprefixedTables);
        Map<String, Severity> sev = new HashMap<>(severities);
        sev.putAll(other.severities);
        List<Accepted> ex = new ArrayList<>(exceptions);
        ex.addAll(other.exceptions);
        return new LintConfig(tables, sev, ex, runnerSetsLockTimeout && other.runnerSetsLockTimeout);
    }

    /** The configured severity of a rule, if any. */
    Optional<Severity> severity(String rule) {
        return Optional.ofNullable(severities.get(rule));
    }

    /** The defaults merged with {@value #FILE_NAME} of each root that has one. */
    public static LintConfig forRoots(List<Path> roots) {
        LintConfig config = DEFAULTS;
        for (Path root : roots) {
            Path file = root.resolve(FILE_NAME);
            if (Files.isRegularFile(file)) {
                config = config.merge(load(file));
            }
        }
        return config;
    }

    /**
     * Reads a configuration file (defaults for what it leaves out).
     *
     * @throws LintConfigException naming the file and the problem
     */
    public static LintConfig load(Path file) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (IOException | YAMLException e) {
            throw new LintConfigException(file + ": cannot read the lint configuration: " + e.getMessage(), e);
        }
        return LintConfigReader.read(file.toString(), doc);
    }
}
