package io.systemprompt.database.codegen;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One generated Java source file.
 *
 * @param path    where it goes, relative to the output directory, e.g.
 *                {@code io/systemprompt/modules/core/config/ConfigSetting.java}
 * @param module  the key of the module whose SQL it comes from
 * @param content the source text (UTF-8, LF line ends)
 */
public record GeneratedFile(Path path, String module, String content) {

    /** Rejects nulls and absolute paths. */
    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(content, "content");
        if (path.isAbsolute()) {
            throw new IllegalArgumentException("A generated file's path is relative to the output directory: " + path);
        }
    }
}
