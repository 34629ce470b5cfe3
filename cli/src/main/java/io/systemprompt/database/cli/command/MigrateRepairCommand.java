package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code spdb migrate repair}: accept the current files of changed migrations and drifted schemas. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Record the current checksums of edited migrations and drifted schemas.",
        footerHeading = "%nExamples:%n", footer = {"  spdb migrate repair"})
final class MigrateRepairCommand extends DbCommand {

    @Override
    int run(Database db, Output out) {
        List<String> repaired = db.migrationService().repair();
        if (out.json()) {
            out.document(Docs.map("command", "migrate repair", "repaired", repaired));
        } else {
            repaired.forEach(r -> out.data("repaired  " + r));
            out.note(repaired.isEmpty() ? "Nothing to repair." : "Repaired " + repaired.size() + " record(s).");
        }
        return 0;
    }
}
