/**
 * The SystemPrompt OS database module. Exported packages are the supported API. Not exported: the
 * engine implementations, the pool, {@code internal}, the {@code data.*} capabilities, and the
 * packages only the spdb tools use ({@code translate}, {@code codegen}, {@code docs}), which the
 * command line and the Maven plugin reach on the class path.
 */
module io.systemprompt.database {
    requires transitive java.sql;
    requires transitive com.zaxxer.hikari;
    requires org.xerial.sqlitejdbc;
    requires org.postgresql.jdbc;
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.core;
    requires org.apache.commons.csv;
    requires org.slf4j;
    // Metrics only when the application has Micrometer; see io.systemprompt.database.metrics.
    requires static micrometer.core;

    exports io.systemprompt.database;
    exports io.systemprompt.database.config;
    exports io.systemprompt.database.engine;
    exports io.systemprompt.database.catalog;
    exports io.systemprompt.database.mapping;
    exports io.systemprompt.database.script;
    exports io.systemprompt.database.module;
    exports io.systemprompt.database.history;
    exports io.systemprompt.database.schema;
    exports io.systemprompt.database.migrate;
    exports io.systemprompt.database.data;
    exports io.systemprompt.database.metrics;
    exports io.systemprompt.database.typed;
    exports io.systemprompt.database.lint;
}
