package io.systemprompt.database.junit;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.junit.ModuleDatabaseTest.Lifecycle;
import java.util.List;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Opens a {@link ScratchDatabase} before the class (each engine's run of it with {@link BothEngines},
 * or each method) of a {@link ModuleDatabaseTest},
 * closes and removes it after, and injects it as a {@link Database} (and its {@link EngineType})
 * parameter.
 */
final class ModuleDatabaseExtension implements BeforeAllCallback, AfterAllCallback,
        BeforeClassTemplateInvocationCallback, AfterClassTemplateInvocationCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(ModuleDatabaseExtension.class);
    private static final String ENGINE = "engine";
    private static final String DATABASE = "database";

    /** Called by {@link BothEnginesProvider}: the engine of one class invocation and what runs inside it. */
    static void selectEngine(ExtensionContext invocation, EngineType engine) {
        invocation.getStore(NAMESPACE).put(ENGINE, engine);
    }

    // A class template (@BothEngines) runs @BeforeAll once for all its engines, so its per-class
    // database opens around each class template invocation instead.

    @Override
    public void beforeAll(ExtensionContext context) {
        if (perClass(context) && !isTemplate(context)) {
            open(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (perClass(context) && !isTemplate(context)) {
            close(context);
        }
    }

    @Override
    public void beforeClassTemplateInvocation(ExtensionContext context) {
        if (perClass(context)) {
            open(context);
        }
    }

    @Override
    public void afterClassTemplateInvocation(ExtensionContext context) {
        if (perClass(context)) {
            close(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).lifecycle() == Lifecycle.PER_METHOD) {
            open(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (settings(context).lifecycle() == Lifecycle.PER_METHOD) {
            close(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Database.class || type == EngineType.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == EngineType.class) {
            return engine(context);
        }
        ScratchDatabase scratch = context.getStore(NAMESPACE).get(DATABASE, ScratchDatabase.class);
        if (scratch == null) {
            throw new ParameterResolutionException("No test database is open for " + parameter.getDeclaringExecutable()
                    + ": with lifecycle = PER_METHOD the database exists only around each test method, so take"
                    + " it as a parameter of test, @BeforeEach or @AfterEach methods, or use PER_CLASS. With"
                    + " @BothEngines, @BeforeAll and @AfterAll run once for both engines and get no database.");
        }
        return scratch.database();
    }

    private static void open(ExtensionContext context) {
        ModuleDatabaseTest settings = settings(context);
        ScratchDatabase scratch = ScratchDatabase.open(engine(context), List.of(settings.modules()),
                PostgresServer.of(context));
        context.getStore(NAMESPACE).put(DATABASE, scratch);
    }

    private static void close(ExtensionContext context) {
        // remove() looks at this level only, so a method never closes its class's database.
        ScratchDatabase scratch = context.getStore(NAMESPACE).remove(DATABASE, ScratchDatabase.class);
        if (scratch != null) {
            scratch.close();
        }
    }

    private static boolean perClass(ExtensionContext context) {
        return settings(context).lifecycle() == Lifecycle.PER_CLASS;
    }

    private static boolean isTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getRequiredTestClass(), ClassTemplate.class);
    }

    private static EngineType engine(ExtensionContext context) {
        Store store = context.getStore(NAMESPACE);
        EngineType engine = store.get(ENGINE, EngineType.class);
        return engine == null ? EngineType.SQLITE : engine;
    }

    private static ModuleDatabaseTest settings(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ModuleDatabaseTest.class)
                .orElseThrow(() -> new IllegalStateException(context.getRequiredTestClass().getName()
                        + " uses the database extension without @ModuleDatabaseTest; annotate the class with it."));
    }
}
