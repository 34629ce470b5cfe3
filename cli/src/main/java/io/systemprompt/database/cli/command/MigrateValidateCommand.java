package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code spdb migrate validate}: check the files against history without changing anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check applied migrations against their files; exit 3 when an applied file was edited.",
        footerHeading = "%nExamples:%n", footer = {"  spdb migrate validate", "  spdb migrate validate --format json"})
final class MigrateValidateCommand extends DbCommand {

    @Override
    int run(Database db, Output out) {
        List<String> warnings = db.migrationService().validate();
        if (out.json()) {
            out.document(Docs.map("command", "migrate validate", "valid", true, "warnings", warnings));
        } else {
            warnings.forEach(w -> out.data(out.style().yellow("warning") + "  " + w));
            out.note("Valid: every applied migration matches its file" + (warnings.isEmpty() ? "." : ", with warnings."));
        }
        return 0;
    }
}
