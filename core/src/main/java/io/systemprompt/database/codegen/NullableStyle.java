package io.systemprompt.database.codegen;

/** How a nullable column appears in a generated row record. */
public enum NullableStyle {
    /** {@code Optional<String>}, {@code Optional<Long>}: NULL is {@code Optional.empty()}. The default. */
    OPTIONAL,
    /** {@code String}, {@code Long}: NULL is {@code null}. */
    BOXED
}
