package io.systemprompt.database.spring;

import io.systemprompt.database.Database;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** With Spring Boot Actuator: the {@code systempromptDatabase} health indicator and the {@code spdb} endpoint. */
@AutoConfiguration(after = SystemPromptDatabaseAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(Database.class)
public class SystemPromptDatabaseActuatorAutoConfiguration {

    /** Health: round trip, pool, pending and changed migrations. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnEnabledHealthIndicator("systempromptDatabase")
    public SystemPromptDatabaseHealthIndicator systempromptDatabaseHealthIndicator(Database database) {
        return new SystemPromptDatabaseHealthIndicator(database);
    }

    /** The status endpoint. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint
    public SpdbEndpoint spdbEndpoint(Database database) {
        return new SpdbEndpoint(database);
    }
}
