package io.systemprompt.database.data;

import io.systemprompt.database.data.format.Json;

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

    public Manifest {
        modules = List.copyOf(modules);
        migrations = List.copyOf(migrations);
        tables = List.copyOf(tables);
    }

    /** The archive entry holding a table's rows. */
    public static String entry(String table) {
        return "data/" + table + ".jsonl";
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n  \"format\": \"" + FORMAT + "\",\n  \"version\": " + VERSION
                + ",\n  \"engine\": ");
        Json.quote(sb, engine);
        sb.append(",\n  \"createdAt\": ");
        Json.quote(sb, createdAt.toString());
        sb.append(",\n  \"modules\": ");
        strings(sb, modules);
        sb.append(",\n  \"migrations\": ");
        strings(sb, migrations);
        sb.append(",\n  \"tables\": [");
        for (int i = 0; i < tables.size(); i++) {
            TableSummary t = tables.get(i);
            sb.append(i == 0 ? "\n    " : ",\n    ").append("{\"name\": ");
            Json.quote(sb, t.table());
            sb.append(", \"file\": ");
            Json.quote(sb, entry(t.table()));
            sb.append(", \"rows\": ").append(t.rows()).append(", \"sha256\": \"").append(t.sha256())
                    .append("\", \"content\": \"").append(t.content()).append("\"}");
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static void strings(StringBuilder sb, List<String> items) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Json.quote(sb, items.get(i));
        }
        sb.append(']');
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
