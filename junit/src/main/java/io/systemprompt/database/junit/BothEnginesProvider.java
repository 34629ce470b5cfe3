package io.systemprompt.database.junit;

import io.systemprompt.database.config.EngineType;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One class invocation per engine; each records its engine for {@link ModuleDatabaseExtension}. */
final class BothEnginesProvider implements ClassTemplateInvocationContextProvider {

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return context.getTestClass().map(c -> c.isAnnotationPresent(BothEngines.class)).orElse(false);
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(EngineType.SQLITE, EngineType.POSTGRES).map(EngineRun::new);
    }

    /** The class run on one engine. */
    private record EngineRun(EngineType engine) implements ClassTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + engine.id() + "]";
        }

        @Override
        public void prepareInvocation(ExtensionContext context) {
            ModuleDatabaseExtension.selectEngine(context, engine);
        }
    }
}
