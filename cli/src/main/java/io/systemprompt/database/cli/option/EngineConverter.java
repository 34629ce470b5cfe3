package io.systemprompt.database.cli.option;

import io.systemprompt.database.config.EngineType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;

/** Reads {@code --engine sqlite|postgres} by the engine's id. */
public final class EngineConverter implements ITypeConverter<EngineType> {

    /** The engine with this id, case-insensitively. */
    @Override
    public EngineType convert(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(EngineType.values()).filter(e -> e.id().equals(v)).findFirst()
                .orElseThrow(() -> new TypeConversionException("unknown engine '" + value
                        + "'; use sqlite or postgres"));
    }
}
