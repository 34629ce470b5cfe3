package io.systemprompt.database.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a {@link ModuleDatabaseTest} class twice, as {@code [sqlite]} and {@code [postgres]}, each
 * run with its own database. The PostgreSQL run uses a scratch database created for it and dropped
 * after it; when no server is reachable that run is skipped with a notice, or fails when
 * {@code SPDB_REQUIRE_POSTGRES=1}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ClassTemplate
@ExtendWith(BothEnginesProvider.class)
public @interface BothEngines {
}
