package io.systemprompt.database.mapping;

/**
 * An enum whose constants are stored as text that differs from their Java names, such as the enums
 * generated for {@code CHECK (status IN ('active', 'on-hold'))}: {@code ON_HOLD} is stored as
 * {@code on-hold}. Binding such a constant writes {@link #storedText()}, and reading a column into the
 * enum matches the stored text before the constant names.
 */
public interface StoredText {

    /** The text this constant is stored as. */
    String storedText();
}
