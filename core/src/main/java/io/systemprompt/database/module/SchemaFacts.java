package io.systemprompt.database.module;

import io.systemprompt.database.module.SchemaObject.Kind;
import io.systemprompt.database.script.SqlFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link SchemaObjects} of file contents, remembered by checksum for the life of the process and
 * written to the {@link ChecksumCache} as one field, so that ordering and ownership on a warm start cost
 * neither reading nor lexing the files. What a file creates depends only on its text; the location is
 * filled in per file.
 *
 * <p>Encoded as {@code f1:} then objects separated by {@code ,}, each {@code <kind ordinal>~<line>~<column>~<name>}
 * with the name escaped as {@link DescriptorCodec} escapes fields.
 */
final class SchemaFacts {
    private static final String PREFIX = "f1:";
    private static final Map<String, List<SchemaObject>> BY_CHECKSUM = new ConcurrentHashMap<>();

    private SchemaFacts() {
    }

    /** The file's objects: remembered for its checksum, else scanned and remembered. */
    static List<SchemaObject> of(SqlFile file, Function<SqlFile, List<SchemaObject>> scan) {
        List<SchemaObject> known = BY_CHECKSUM.get(file.checksum());
        if (known == null) {
            known = scan.apply(file).stream().map(o -> at(o, "")).toList();
            BY_CHECKSUM.putIfAbsent(file.checksum(), known);
        }
        List<SchemaObject> located = new ArrayList<>(known.size());
        known.forEach(o -> located.add(at(o, file.location())));
        return located;
    }

    /** The encoded objects of a file (scanning it if needed), for the checksum cache. */
    static String encode(SqlFile file) {
        StringBuilder sb = new StringBuilder(PREFIX);
        for (SchemaObject o : SchemaObjects.of(file)) {
            sb.append(sb.length() == PREFIX.length() ? "" : ",").append(o.kind().ordinal()).append('~')
                    .append(o.line()).append('~').append(o.column()).append('~').append(DescriptorCodec.escape(o.name()));
        }
        return sb.toString();
    }

    /** Remembers the encoded objects of the text with this checksum; ignores text in another format. */
    static void remember(String checksum, String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX) || BY_CHECKSUM.containsKey(checksum)) {
            return;
        }
        List<SchemaObject> found = new ArrayList<>();
        String body = encoded.substring(PREFIX.length());
        try {
            for (String item : body.isEmpty() ? new String[0] : body.split(",", -1)) {
                String[] f = item.split("~", 4);
                found.add(new SchemaObject(Kind.values()[Integer.parseInt(f[0])], DescriptorCodec.unescape(f[3]), "",
                        Integer.parseInt(f[1]), Integer.parseInt(f[2])));
            }
        } catch (RuntimeException e) {
            return; // a damaged entry: the file is scanned instead
        }
        BY_CHECKSUM.putIfAbsent(checksum, List.copyOf(found));
    }

    private static SchemaObject at(SchemaObject o, String location) {
        return new SchemaObject(o.kind(), o.name(), location, o.line(), o.column());
    }
}
