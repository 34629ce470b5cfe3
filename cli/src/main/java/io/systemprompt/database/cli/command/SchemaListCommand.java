package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.migrate.ModuleStatus;
import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.List;

/** {@code spdb schema list}: every module with its version, dependencies and state. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List modules: version on disk and installed, dependencies, migrations and state.",
        footerHeading = "%nExamples:%n", footer = {"  spdb schema list", "  spdb schema list --format csv"})
final class SchemaListCommand extends DbCommand {

    @Override
    int run(Database db, Output out) {
        List<ModuleStatus> modules = db.migrationService().status().modules();
        Listing listing = new Listing();
        for (ModuleStatus m : modules) {
            String version = m.module() == null ? null : m.module().version();
            String installed = m.applied() == null ? null : m.applied().version();
            List<String> deps = m.module() == null ? List.of() : m.module().dependencies();
            int migrations = m.module() == null ? 0 : m.module().migrations().size();
            listing.add(Docs.map("key", m.key(), "version", version, "installedVersion", installed,
                    "dependencies", deps, "migrations", migrations, "state", m.state(),
                    "location", m.module() == null ? null : m.module().location()),
                    Arrays.asList(m.key(), version == null ? "" : version, installed == null ? "" : installed,
                            String.join(" ", deps), migrations, m.state().name().toLowerCase()));
        }
        if (out.json()) {
            out.document(Docs.map("command", "schema list", "modules", listing.docs()));
        } else {
            out.rows(List.of("module", "version", "installed", "dependencies", "migrations", "state"), listing.rows());
        }
        return 0;
    }
}
