package io.systemprompt.database.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class a fresh database with the modules of {@link #modules()} installed and
 * migrated, injected as a {@link io.systemprompt.database.Database} parameter into test methods,
 * {@code @BeforeEach}/{@code @AfterEach} methods and (with {@link Lifecycle#PER_CLASS})
 * {@code @BeforeAll}/{@code @AfterAll} methods. The database runs on SQLite unless the class is
 * also annotated {@link BothEngines}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ModuleDatabaseExtension.class)
public @interface ModuleDatabaseTest {

    /**
     * Module roots to install from, as in {@code DB_MODULE_ROOTS}: folders (relative to the working
     * directory, which is the module's folder under Maven) or {@code classpath:<prefix>}. Every module
     * found there is installed in dependency order, then every pending migration is applied.
     */
    String[] modules() default {"src/modules"};

    /** Whether the test class shares one database or each test method gets its own. */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /** How long one database lives. */
    enum Lifecycle {
        /** One database for all tests of the class (per engine with {@link BothEngines}). */
        PER_CLASS,
        /** A new database for every test method. */
        PER_METHOD
    }
}
