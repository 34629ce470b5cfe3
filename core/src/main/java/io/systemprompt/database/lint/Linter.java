package io.systemprompt.database.lint;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.module.ModuleDiscovery;
import io.systemprompt.database.module.ModuleRoot;
import io.systemprompt.database.module.ModuleSet;
import io.systemprompt.database.translate.TranslationContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks module SQL against the module guidelines and PostgreSQL lock hazards, without a database.
 * Modules are read in install order; each file is split by the project's lexer, checked as SQLite runs
 * it, then translated to PostgreSQL (or its {@code .postgres.sql} override taken) and checked as
 * PostgreSQL runs it. Tables are tracked across files, so a rule knows whether a table was created by
 * an earlier file and which module owns it. Rules and the configuration file: {@code docs/lint.md}.
 *
 * <pre>{@code
 * LintReport report = Linter.lint(List.of(Path.of("src/modules")));
 * report.findings().forEach(f -> System.out.println(f.format()));
 * if (report.hasErrors()) { ... }
 * }</pre>
 */
public final class Linter {
    private final LintConfig config;
    private final List<LintRule> rules;

    /** A linter with every built-in rule. */
    public Linter(LintConfig config) {
        this(config, Rules.all());
    }

    /** A linter with these rules. */
    public Linter(LintConfig config, List<LintRule> rules) {
        this.config = Objects.requireNonNull(config, "config");
        this.rules = List.copyOf(rules);
    }

    /**
     * Discovers the modules under folder roots and lints them, with the {@value LintConfig#FILE_NAME}
     * of each root that has one. The entry point for build tools.
     *
     * @throws io.systemprompt.database.module.ModuleDiscoveryException when the roots cannot be read
     */
    public static LintReport lint(List<Path> roots) {
        List<ModuleRoot> moduleRoots = roots.stream().<ModuleRoot>map(ModuleRoot.Directory::new).toList();
        return new Linter(LintConfig.forRoots(roots)).lint(ModuleDiscovery.discover(moduleRoots));
    }

    /** Lints every module. */
    public LintReport lint(ModuleSet modules) {
        return lint(modules, null);
    }

    /**
     * Lints every module (so tables of other modules are known) and reports the findings of one.
     *
     * @param onlyModule a module key, or null for all
     */
    public LintReport lint(ModuleSet modules, String onlyModule) {
        Run run = new Run();
        for (DatabaseModule m : modules.list()) {
            run.file(m.key(), FileKind.SCHEMA, m.schema(), false);
            run.file(m.key(), FileKind.INIT, m.init(), false);
            for (Migration migration : m.migrations()) {
                run.file(m.key(), FileKind.MIGRATION, migration.up(), migration.noTransaction(EngineType.POSTGRES));
            }
        }
        RuleContext.Finish finish = new RuleContext.Finish(run.sqlite, run.findings);
        rules.forEach(r -> r.finish(finish));
        List<LintFinding> all = new ArrayList<>(run.findings.list());
        if (onlyModule != null) {
            all.removeIf(f -> !f.module().equals(onlyModule));
        }
        return new LintReport(sorted(modules, all), run.files);
    }

    /** Module install order, then file run order (schema, init, migrations by version), then position. */
    private static List<LintFinding> sorted(ModuleSet modules, List<LintFinding> findings) {
        java.util.Map<String, Integer> fileOrder = new java.util.HashMap<>();
        for (DatabaseModule m : modules.list()) {
            List<EngineFiles> files = new ArrayList<>();
            files.add(m.schema());
            files.add(m.init());
            m.migrations().forEach(mig -> files.add(mig.up()));
            for (EngineFiles ef : files) {
                if (ef != null) {
                    ef.all().forEach(f -> fileOrder.putIfAbsent(f.location(), fileOrder.size()));
                }
            }
        }
        List<LintFinding> out = new ArrayList<>(findings);
        out.sort(java.util.Comparator.<LintFinding>comparingInt(f -> fileOrder.getOrDefault(f.file(), -1))
                .thenComparing(LintReport.byPosition()));
        return out;
    }

    /** The state of one run: both engines' catalogs, the translation context and the findings. */
    private final class Run {
        final Catalog sqlite = new Catalog();
        final Catalog postgres = new Catalog();
        final TranslationContext translation = new TranslationContext();
        final Findings findings = new Findings(config);
        int files;

        void file(String module, FileKind kind, EngineFiles engineFiles, boolean noTransaction) {
            if (engineFiles == null) {
                return;
            }
            files += engineFiles.all().size();
            FileLinter fl = new FileLinter(module, kind, noTransaction, config, rules, findings);
            engineFiles.forEngine(EngineType.SQLITE).ifPresent(f -> fl.sqlite(f, sqlite));
            fl.postgres(engineFiles, postgres, translation);
        }
    }
}
