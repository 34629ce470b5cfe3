package io.systemprompt.database.spring;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.migrate.MigrationService;
import io.systemprompt.database.schema.SchemaService;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Opens the {@link Database} and publishes it with its pool and services. With auto-migrate on (the
 * default) the database bean installs and migrates while it is created, so the application context
 * never reports ready on an unmigrated database, and a failed step stops start-up with the library's
 * message (see {@link DatabaseFailureAnalyzer}). Runs before Spring Boot's own DataSource
 * configuration, which then backs off: {@code JdbcTemplate} and friends use this pool.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@EnableConfigurationProperties(SystemPromptDatabaseProperties.class)
public class SystemPromptDatabaseAutoConfiguration {

    /** The database, configured from {@code systemprompt.database.*} and the environment; closed with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Database systemPromptDatabase(SystemPromptDatabaseProperties properties) {
        return Database.open(DatabaseConfig.fromEnvironment(properties.toEnvironment(System.getenv())));
    }

    /** The database's pool; the database closes it, so Spring does not. */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean(DataSource.class)
    public DataSource systemPromptDataSource(Database database) {
        return database.dataSource();
    }

    /** Module discovery and schema installs. */
    @Bean
    @ConditionalOnMissingBean
    public SchemaService systemPromptSchemaService(Database database) {
        return database.schemaService();
    }

    /** Migrations: status, migrate, rollback, repair. */
    @Bean
    @ConditionalOnMissingBean
    public MigrationService systemPromptMigrationService(Database database) {
        return database.migrationService();
    }
}
