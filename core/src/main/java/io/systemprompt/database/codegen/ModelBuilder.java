package io.systemprompt.database.codegen;

import io.systemprompt.database.script.SqlDocs;
import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.catalog.TypeFamily;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns catalog tables into {@link TableModel}s. Only catalog facts decide: a primary key column is
 * NOT NULL whatever the engine reports (PostgreSQL forces it); a column may be left out of an insert
 * when it is nullable, has a default, or is the table's generated key (a lone {@code INTEGER} primary
 * key, SQLite's rowid, or an identity column).
 */
final class ModelBuilder {
    /** Nested type names every record declares; an enum of a column with such a name gets a suffix. */
    private static final Set<String> RESERVED_NESTED = Set.of("Column");

    private ModelBuilder() {
    }

    static TableModel table(TableInfo table, SqlDocs docs) {
        String record = JavaNames.singular(JavaNames.pascal(table.name()));
        Set<String> key = lower(table.primaryKey());
        Map<String, List<String>> enums = CheckEnums.of(table);
        List<ColumnModel> columns = new ArrayList<>();
        Set<String> members = new HashSet<>();
        for (ColumnInfo c : table.columns()) {
            String lowerName = c.name().toLowerCase(Locale.ROOT);
            boolean pk = key.contains(lowerName);
            boolean generated = pk && generatedKey(table, c);
            String member = JavaNames.member(c.name());
            if (!members.add(member)) {
                throw new CodegenException("Table " + table.name() + ": columns give the same Java name '" + member
                        + "'. Rename one of the columns.");
            }
            List<String> values = enums.getOrDefault(lowerName, List.of());
            JavaType type = values.isEmpty() ? JavaType.of(c.type()) : JavaType.nested(record + "." + enumName(c.name(), record));
            boolean nullable = c.nullable() && !pk;
            columns.add(new ColumnModel(c.name(), member, JavaNames.pascal(c.name()), JavaNames.constant(c.name()),
                    c.type() == null ? "" : c.type(), type, values, nullable,
                    nullable || c.defaultValue() != null || generated, pk, generated,
                    docs.column(table.name(), c.name())));
        }
        List<ColumnModel> primaryKey = table.primaryKey().stream().map(k -> find(columns, k)).toList();
        List<List<ColumnModel>> uniques = new ArrayList<>();
        for (List<String> unique : table.uniques()) {
            if (!lower(unique).equals(key) || unique.size() != key.size()) {
                uniques.add(unique.stream().map(u -> find(columns, u)).toList());
            }
        }
        return new TableModel(table.name(), record, JavaNames.accessor(table.name(), record),
                docs.table(table.name()), columns, primaryKey, uniques);
    }

    /** A lone integer key that the engine fills in: SQLite's {@code INTEGER PRIMARY KEY}, or an identity. */
    private static boolean generatedKey(TableInfo table, ColumnInfo c) {
        if (table.primaryKey().size() != 1) {
            return false;
        }
        String def = c.defaultValue() == null ? "" : c.defaultValue().toUpperCase(Locale.ROOT);
        boolean identity = def.startsWith("GENERATED") || def.startsWith("NEXTVAL(");
        return identity || "integer".equalsIgnoreCase(c.type() == null ? "" : c.type().strip())
                && TypeFamily.of(c.type()).equals("integer");
    }

    private static String enumName(String column, String record) {
        String name = JavaNames.pascal(column);
        return RESERVED_NESTED.contains(name) || name.equals(record) ? name + "Value" : name;
    }

    private static ColumnModel find(List<ColumnModel> columns, String name) {
        return columns.stream().filter(c -> c.sqlName().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new CodegenException("Key column " + name + " is not a column."));
    }

    private static Set<String> lower(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }
}
