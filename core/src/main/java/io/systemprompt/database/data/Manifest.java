package io.systemprompt.database.data;

import io.systemprompt.database.data.format.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code manifest.json} of a backup archive.
 *
 * @param engine     the engine the backup was taken from ({@code sqlite}, {@code postgres})
 * @param createdAt  when the snapshot was taken
 * @param modules    installed modules as {@code module@version}
 * @param migrations applied migrations as {@code module@version}, in order of application
 * @param tables     every table in the archive (module tables parents first, then the tracking tables)
 */
public record Manifest(String engine, Instant createdAt, List<String> modules, List<String> migrations,
        List<TableSummary> tables) {
    static final String FORMAT = "spdb-backup";
    static final int VERSION = 1;
    public static final String FILE = "manifest.json";
    /** Two-space indents, "key": value, one array item per line, the same on every platform. */
    private static final PrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

    public Manifest {
        modules = List.copyOf(modules);
        migrations = List.copyOf(migrations);
        tables = List.copyOf(tables);
    }

    /** The archive entry holding a table's rows. */
    public static String entry(String table) {
        return "data/" + table + ".jsonl";
    }

    /** The manifest as indented JSON with a final line end. */
    public String toJson() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = Json.generator(text)) {
            json.setPrettyPrinter(PRETTY);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("engine", engine);
            json.writeStringField("createdAt", createdAt.toString());
            strings(json, "modules", modules);
            strings(json, "migrations", migrations);
            json.writeArrayFieldStart("tables");
            for (TableSummary t : tables) {
                json.writeStartObject();
                json.writeStringField("name", t.table());
                json.writeStringField("file", entry(t.table()));
                json.writeNumberField("rows", t.rows());
                json.writeStringField("sha256", t.sha256());
                json.writeStringField("content", t.content());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private static void strings(JsonGenerator json, String name, List<String> items) throws IOException {
        json.writeArrayFieldStart(name);
        for (String item : items) {
            json.writeString(item);
        }
        json.writeEndArray();
    }

    /** Parses a manifest; anything missing or of the wrong type is an {@link IllegalArgumentException}. */
    @SuppressWarnings("unchecked")
    public static Manifest parse(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("the manifest is not a JSON object");
        }
        if (!FORMAT.equals(m.get("format")) || !(m.get("version") instanceof BigDecimal v) || v.intValue() != VERSION) {
            throw new IllegalArgumentException("not an spdb backup manifest of version " + VERSION);
        }
        List<TableSummary> tables = new ArrayList<>();
        for (Object o : list(m, "tables")) {
            Map<String, Object> t = (Map<String, Object>) o;
            tables.add(new TableSummary(text(t, "name"), ((BigDecimal) t.get("rows")).longValueExact(),
                    text(t, "sha256"), text(t, "content")));
        }
        return new Manifest(text((Map<String, Object>) m, "engine"),
                Instant.parse(text((Map<String, Object>) m, "createdAt")),
                (List<String>) (List<?>) list(m, "modules"), (List<String>) (List<?>) list(m, "migrations"), tables);
    }

    private static List<Object> list(Map<?, ?> m, String key) {
        if (m.get(key) instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        throw new IllegalArgumentException("\"" + key + "\" is missing or not a list");
    }

    private static String text(Map<String, Object> m, String key) {
        if (m.get(key) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("\"" + key + "\" is missing or not a string");
    }
}
