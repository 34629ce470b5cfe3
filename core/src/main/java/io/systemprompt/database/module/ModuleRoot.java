package io.systemprompt.database.module;

import io.systemprompt.database.DatabaseException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A place where module folders live: a directory on disk or a resource prefix on the classpath.
 *
 * <p>The documented defaults ({@link #DEFAULTS}) are the directory {@code src/modules}, relative to the
 * working directory as in the system description's layout, and {@code classpath:systemprompt/modules},
 * the Java way to ship a module inside a jar. A missing default root is skipped; a missing root the
 * user named explicitly is an error.
 */
public sealed interface ModuleRoot permits ModuleRoot.Directory, ModuleRoot.Classpath {

    /** The resource prefix modules packaged in jars are read from. */
    String DEFAULT_CLASSPATH_PREFIX = "systemprompt/modules";

    /** The default roots: {@code src/modules} and {@code classpath:systemprompt/modules}. */
    List<ModuleRoot> DEFAULTS = List.of(
            new Directory(Path.of("src", "modules")),
            new Classpath(DEFAULT_CLASSPATH_PREFIX, ModuleRoot.class.getClassLoader()));

    /** A human-readable form for messages, the same syntax {@link #parse} accepts. */
    String describe();

    /**
     * Parses {@code classpath:some/prefix} (read through this library's class loader) or a
     * filesystem path.
     *
     * @throws DatabaseException when the spec is blank
     */
    static ModuleRoot parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new DatabaseException("Module roots: an empty module root was given. "
                    + "Give a directory such as src/modules or classpath:systemprompt/modules.");
        }
        String s = spec.trim();
        if (s.startsWith("classpath:")) {
            return new Classpath(s.substring("classpath:".length()), ModuleRoot.class.getClassLoader());
        }
        return new Directory(Path.of(s));
    }

    /** A directory whose sub-folders are modules. */
    record Directory(Path path) implements ModuleRoot {
        /** Rejects a null path. */
        public Directory {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /**
     * A resource prefix read with {@link ClassLoader#getResources}; every folder or jar that holds it
     * contributes modules.
     *
     * @param prefix resource path without leading or trailing slash (they are stripped)
     * @param loader the class loader to search
     */
    record Classpath(String prefix, ClassLoader loader) implements ModuleRoot {
        /** Rejects nulls and strips slashes around the prefix. */
        public Classpath {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(loader, "loader");
            prefix = strip(prefix);
        }

        @Override
        public String describe() {
            return "classpath:" + prefix;
        }

        private static String strip(String p) {
            String s = p.trim();
            while (s.startsWith("/")) {
                s = s.substring(1);
            }
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        }
    }
}
