package io.systemprompt.database.lint;

import io.systemprompt.database.lint.Catalog.Origin;

/**
 * What a rule sees of one statement: the module, the file, the statement's structure, the tables
 * created by earlier statements, and where to report.
 */
public final class RuleContext {
    final String module;
    final FileKind kind;
    final String file;
    final Ddl ddl;
    final Catalog catalog;
    final boolean noTransaction;
    final boolean lockTimeoutSet;
    final LintConfig config;
    private final Findings sink;

    RuleContext(String module, FileKind kind, String file, Ddl ddl, Catalog catalog, boolean noTransaction,
            boolean lockTimeoutSet, LintConfig config, Findings sink) {
        this.module = module;
        this.kind = kind;
        this.file = file;
        this.ddl = ddl;
        this.catalog = catalog;
        this.noTransaction = noTransaction;
        this.lockTimeoutSet = lockTimeoutSet;
        this.config = config;
        this.sink = sink;
    }

    /** The module key. */
    public String module() {
        return module;
    }

    /** Which file of the module this is. */
    public FileKind kind() {
        return kind;
    }

    /** The file's location. */
    public String file() {
        return file;
    }

    /** The prefix the module's tables should carry: the last part of its key, in snake_case. */
    String prefix() {
        String last = module.substring(module.lastIndexOf('/') + 1);
        return last.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /**
     * The severity of a PostgreSQL lock hazard on a table: an error when an earlier file created it
     * (it may hold rows and serve traffic), a warning when no linted file creates it (it may exist),
     * none when this file created it (nobody can be using it yet).
     */
    Severity hazard(String table) {
        return hazard(catalog.origin(table, file));
    }

    static Severity hazard(Origin origin) {
        return switch (origin) {
            case EARLIER -> Severity.ERROR;
            case UNKNOWN -> Severity.WARNING;
            case THIS_FILE -> null;
        };
    }

    /** Reports a finding at the statement; a null severity reports nothing. */
    void report(LintRule rule, Severity severity, String table, String message, String fix) {
        if (severity != null) {
            sink.add(rule, severity, table, new FileStatement(module, file, ddl.statement().line(),
                    ddl.statement().column()), message, fix);
        }
    }

    /** What a rule sees at the end of the run. */
    public static final class Finish {
        final Catalog sqlite;
        private final Findings sink;

        Finish(Catalog sqlite, Findings sink) {
            this.sqlite = sqlite;
            this.sink = sink;
        }

        void report(LintRule rule, Severity severity, String table, FileStatement at, String message, String fix) {
            sink.add(rule, severity, table, at, message, fix);
        }
    }
}
