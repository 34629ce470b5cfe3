package io.systemprompt.database.module;

import io.systemprompt.database.module.RootSource.RawFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link DatabaseModule}s of one {@link RootSource}. Inside {@code database/} it reads
 * {@code schema.sql} and {@code init.sql} with their {@code .sqlite.sql}/{@code .postgres.sql}
 * overrides and the {@code migrations/} folder; other files there (such as {@code models/}) are ignored.
 */
final class ModuleAssembler {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleAssembler.class);
    static final Pattern TOP_FILE = Pattern.compile("(schema|init)(?:\\.(sqlite|postgres))?\\.sql");

    private ModuleAssembler() {
    }

    /** Every module of the source, by key order. */
    static List<DatabaseModule> assemble(RootSource source, List<String> warnings) {
        List<DatabaseModule> found = new ArrayList<>();
        for (ModuleFolder folder : ModuleFolder.group(source).values()) {
            StrayFiles.warn(folder.database, warnings);
            found.add(build(source, folder));
        }
        return found;
    }

    private static DatabaseModule build(RootSource source, ModuleFolder folder) {
        String location = source.place() + "/" + folder.key;
        ModuleDescriptor d = folder.descriptor == null ? ModuleDescriptor.DEFAULT : folder.descriptor.descriptor();
        warnOnName(folder, d);
        EngineSlots schema = new EngineSlots();
        EngineSlots init = new EngineSlots();
        for (Map.Entry<String, RawFile> e : folder.database.entrySet()) {
            Matcher m = TOP_FILE.matcher(e.getKey());
            if (m.matches()) {
                RawFile raw = e.getValue();
                EngineSlots slots = m.group(1).equals("schema") ? schema : init;
                slots.put(EngineSlots.engine(m.group(2)), raw.toSql());
            }
        }
        return new DatabaseModule(folder.key, d.version(), d.dependencies(), location,
                schema.toFiles(folder.key, "schema.sql"), init.toFiles(folder.key, "init.sql"),
                MigrationFiles.parse(folder.key, folder.database), d.name(), d.enabled());
    }

    private static void warnOnName(ModuleFolder folder, ModuleDescriptor d) {
        if (d.name() != null && !d.name().equals(folder.key) && !folder.key.endsWith("/" + d.name())) {
            LOG.warn("{}: name '{}' differs from the module key '{}'; the key is used", folder.descriptor.location(),
                    d.name(), folder.key);
        }
    }
}
