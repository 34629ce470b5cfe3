package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.ExitCodes;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.lint.LintFinding;
import io.systemprompt.database.lint.LintReport;
import io.systemprompt.database.lint.Severity;
import io.systemprompt.database.cli.render.Json;
import io.systemprompt.database.module.ModuleDiscovery;
import io.systemprompt.database.module.ModuleRoot;
import io.systemprompt.database.module.ModuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code spdb lint}: checks every module file against the module guidelines and PostgreSQL lock
 * hazards, without a database. Exit 0 when no finding is an error (with {@code --strict}, no warning
 * either), 1 otherwise. Rules: {@code docs/lint.md}.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check module SQL against the guidelines and PostgreSQL lock hazards, without a database.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb lint                            every module under the module roots",
                "  spdb lint --module core/auth         one module's files",
                "  spdb lint --format json              one JSON document",
                "  spdb lint --strict                   warnings fail too (exit 1)",
                "",
                "Rules, spdb-lint.yaml and -- spdb:lint-ignore <rule> <reason>: docs/lint.md."})
final class LintCommand implements Callable<Integer> {

    /** The output formats of lint. */
    enum LintFormat { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = "--modules", paramLabel = "<root>",
            description = "A module root folder (repeatable). Default: DB_MODULE_ROOTS, else src/modules.")
    List<String> roots = new ArrayList<>();

    @Option(names = "--module", paramLabel = "<key>", description = "Report only this module's findings.")
    String module;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    LintFormat format = LintFormat.TEXT;

    @Option(names = "--strict", description = "Exit 1 on warnings too, not only on errors.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only the findings, no summary.")
    boolean quiet;

    @Override
    public Integer call() {
        DatabaseConfig db = DatabaseConfig.fromEnvironment(System.getenv());
        boolean explicit = !roots.isEmpty();
        List<String> used = explicit ? roots : db.moduleRoots();
        ModuleSet modules = ModuleDiscovery.discover(used.stream().map(ModuleRoot::parse).toList(),
                explicit ? ModuleDiscovery.MissingRoot.FAIL : ModuleDiscovery.MissingRoot.SKIP);
        if (module != null && modules.get(module).isEmpty()) {
            throw CliException.usage("lint: no module '" + module + "' in " + used + ". Known modules: "
                    + modules.keys() + ".", "check the key (its folder path under the module root), or drop --module.");
        }
        LintReport report = LintModules.lint(modules, used, db, module);
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = report.hasErrors() || strict && report.hasWarnings();
        if (format == LintFormat.JSON) {
            out.println(Json.write(document(report, failed)));
        } else {
            report.findings().forEach(f -> out.println(line(f)));
            if (!quiet) {
                out.println((failed ? "lint failed: " : "lint passed: ") + report.summary() + ".");
            }
        }
        out.flush();
        return failed ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** {@code error   pg-index-concurrently  core/events path:2:1  message  fix: …}. */
    static String line(LintFinding f) {
        return String.format("%-7s %-30s %s %s:%d:%d  %s  fix: %s", f.severity().id(), f.ruleId(), f.module(),
                f.file(), f.line(), f.column(), f.message(), f.fix());
    }

    private static Map<String, Object> document(LintReport report, boolean failed) {
        List<Object> findings = new ArrayList<>();
        for (LintFinding f : report.findings()) {
            findings.add(Docs.map("rule", f.ruleId(), "severity", f.severity().id(), "module", f.module(),
                    "file", f.file(), "line", f.line(), "column", f.column(), "message", f.message(), "fix", f.fix()));
        }
        return Docs.map("command", "lint", "success", !failed,
                "counts", Docs.map("errors", report.count(Severity.ERROR), "warnings", report.count(Severity.WARNING),
                        "infos", report.count(Severity.INFO), "files", report.filesChecked()),
                "findings", findings);
    }
}
