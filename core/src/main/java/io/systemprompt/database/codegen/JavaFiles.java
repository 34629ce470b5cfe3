package io.systemprompt.database.codegen;

import io.systemprompt.database.catalog.TableInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders every table of the chosen modules as its five source files, sorted by path. */
final class JavaFiles {
    private JavaFiles() {
    }

    /**
     * @param withDeclaredTypes false to leave the engine's spelling of each type out of the Javadoc, so two
     *                          engines' catalogs can be compared on what the Java means
     */
    static List<GeneratedFile> render(List<ModuleTables> modules, GenerateOptions options, boolean withDeclaredTypes) {
        List<GeneratedFile> files = new ArrayList<>();
        for (ModuleTables module : modules) {
            if (options.module() != null && !options.module().equals(module.key())) {
                continue;
            }
            String pkg = JavaNames.packageName(options.basePackage(), module.key());
            Map<String, String> typeNames = new HashMap<>();
            for (TableInfo info : module.tables()) {
                TableModel table = ModelBuilder.table(info, module.docs());
                if (!withDeclaredTypes) {
                    table = withoutDeclaredTypes(table);
                }
                for (String type : List.of(table.record(), table.accessor(), table.createName(), table.updateName(),
                        table.filterName())) {
                    String other = typeNames.putIfAbsent(type, table.sqlName());
                    if (other != null) {
                        throw new CodegenException("Module " + module.key() + ": tables " + other + " and "
                                + table.sqlName() + " both give the Java type " + pkg + "." + type
                                + ". Rename one of the tables, or generate the modules into different packages.");
                    }
                }
                files.addAll(table(table, module.key(), pkg, options.nullableStyle()));
            }
        }
        files.sort(Comparator.comparing(f -> f.path().toString().replace('\\', '/')));
        return files;
    }

    private static List<GeneratedFile> table(TableModel table, String key, String pkg, NullableStyle style) {
        String header = Docs.header(key);
        Path dir = Path.of(pkg.replace('.', '/'));
        return List.of(
                new GeneratedFile(dir.resolve(table.record() + ".java"), key,
                        new RecordSource(table, style).render(header, pkg, key)),
                new GeneratedFile(dir.resolve(table.createName() + ".java"), key,
                        InputSource.create(table, header, pkg)),
                new GeneratedFile(dir.resolve(table.updateName() + ".java"), key,
                        InputSource.update(table, header, pkg)),
                new GeneratedFile(dir.resolve(table.filterName() + ".java"), key,
                        FilterSource.render(table, header, pkg)),
                new GeneratedFile(dir.resolve(table.accessor() + ".java"), key,
                        AccessorSource.render(table, header, pkg)));
    }

    private static TableModel withoutDeclaredTypes(TableModel t) {
        List<ColumnModel> columns = t.columns().stream().map(c -> new ColumnModel(c.sqlName(), c.member(), c.pascal(),
                c.constant(), "", c.type(), c.enumValues(), c.nullable(), c.optionalOnCreate(), c.primaryKey(),
                c.generated(), c.doc())).toList();
        List<ColumnModel> key = t.primaryKey().stream().map(k -> same(columns, k)).toList();
        List<List<ColumnModel>> uniques = t.uniqueKeys().stream()
                .map(u -> u.stream().map(c -> same(columns, c)).toList()).toList();
        return new TableModel(t.sqlName(), t.record(), t.accessor(), t.doc(), columns, key, uniques);
    }

    private static ColumnModel same(List<ColumnModel> columns, ColumnModel c) {
        return columns.stream().filter(x -> x.sqlName().equals(c.sqlName())).findFirst().orElseThrow();
    }
}
