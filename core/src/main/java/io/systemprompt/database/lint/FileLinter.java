package io.systemprompt.database.lint;

import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlScriptException;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.translate.PostgresTranslator;
import io.systemprompt.database.translate.TranslationContext;
import io.systemprompt.database.script.TranslationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lints one logical module file: its SQLite text, then what PostgreSQL runs for it. */
final class FileLinter {
    private final String module;
    private final FileKind kind;
    private final boolean noTransaction;
    private final LintConfig config;
    private final List<LintRule> rules;
    private final Findings findings;

    FileLinter(String module, FileKind kind, boolean noTransaction, LintConfig config, List<LintRule> rules,
            Findings findings) {
        this.module = module;
        this.kind = kind;
        this.noTransaction = noTransaction;
        this.config = config;
        this.rules = rules;
        this.findings = findings;
    }

    /** Checks the SQLite text and records its tables. */
    void sqlite(SqlFile file, Catalog catalog) {
        split(file).ifPresent(statements -> run(file.location(), statements, catalog, LintRule.View.SQLITE));
    }

    /** Checks the override PostgreSQL runs, else the translation of the generic file. */
    void postgres(EngineFiles files, Catalog catalog, TranslationContext translation) {
        if (files.postgres() != null) {
            split(files.postgres()).ifPresent(statements ->
                    run(files.postgres().location(), statements, catalog, LintRule.View.POSTGRES));
            return;
        }
        SqlFile generic = files.generic();
        if (generic == null) {
            return;
        }
        List<SqlStatement> translated;
        try {
            translated = PostgresTranslator.translate(generic, translation);
        } catch (TranslationException e) {
            findings.add(Rules.TRANSLATION, Severity.ERROR, null, new FileStatement(module, generic.location(),
                    e.position().line(), e.position().column()), "no safe PostgreSQL translation: " + e.getMessage(),
                    "rewrite it in the portable subset (docs/portable-sql.md), or add "
                            + TranslationException.overrideFileName(generic.location()) + " next to it.");
            return;
        } catch (SqlScriptException e) {
            return;
        }
        run(generic.location(), translated, catalog, LintRule.View.POSTGRES);
    }

    private Optional<List<SqlStatement>> split(SqlFile file) {
        try {
            List<SqlStatement> statements = SqlSplitter.split(file);
            List<Suppressions.Problem> problems = new ArrayList<>();
            findings.suppressions(file.location(), Suppressions.read(file.content(), statements, Rules.ids(), problems));
            for (Suppressions.Problem p : problems) {
                findings.add(Rules.IGNORE, Rules.IGNORE.defaultSeverity(), null,
                        new FileStatement(module, file.location(), p.line(), 1), p.message() + ".",
                        "write -- " + Suppressions.MARKER + " <rule> <why the finding is accepted>.");
            }
            return Optional.of(statements);
        } catch (SqlScriptException e) {
            findings.add(Rules.PARSE, Severity.ERROR, null, new FileStatement(module, file.location(), e.line(),
                    e.column()), e.getMessage(), "fix the SQL at that position.");
            return Optional.empty();
        }
    }

    private void run(String location, List<SqlStatement> statements, Catalog catalog, LintRule.View view) {
        boolean lockTimeoutSet = false;
        for (SqlStatement s : statements) {
            Ddl d = Ddl.read(s);
            lockTimeoutSet |= d.kind() == Ddl.Kind.SET && "lock_timeout".equals(d.setting());
            RuleContext ctx = new RuleContext(module, kind, location, d, catalog, noTransaction, lockTimeoutSet,
                    config, findings);
            for (LintRule rule : rules) {
                if (rule.view() == view) {
                    rule.check(ctx);
                }
            }
            catalog.apply(d, new FileStatement(module, location, s.line(), s.column()));
        }
    }
}
