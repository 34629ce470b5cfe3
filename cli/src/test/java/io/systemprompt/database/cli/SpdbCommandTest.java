package io.systemprompt.database.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line is built for the arguments: a subcommand named first is built alone, with the same
 * model (options, nested subcommands, help) as in the full tree; anything else gets every subcommand.
 */
class SpdbCommandTest {

    @Test
    void aSubcommandNamedFirstIsBuiltAloneWithTheSameModel() {
        CommandLine full = SpdbCommand.commandLine();
        for (Map.Entry<String, CommandLine> e : full.getSubcommands().entrySet()) {
            String name = e.getKey();
            if (e.getValue().getCommand() instanceof picocli.AutoComplete.GenerateCompletion) {
                continue; // not one of Subcommands.all(), so it takes the full tree (see below)
            }
            CommandLine one = SpdbCommand.commandLine(new String[] {name, "--help"});
            assertThat(one.getSubcommands()).as(name).containsOnlyKeys(e.getValue().getCommandSpec().names().toArray(String[]::new));
            assertThat(usage(one.getSubcommands().get(name))).as(name).isEqualTo(usage(e.getValue()));
        }
    }

    @Test
    void anAliasFindsItsSubcommand() {
        CommandLine full = SpdbCommand.commandLine();
        CommandLine schema = full.getSubcommands().get("schema");
        assertThat(schema.getSubcommands()).containsKey("init"); // an alias of schema install, one level down
        assertThat(SpdbCommand.commandLine(new String[] {"schema", "init"}).getSubcommands()).containsOnlyKeys("schema");
    }

    @Test
    void helpOptionsAndUnknownNamesGetEverySubcommand() {
        int all = SpdbCommand.commandLine().getSubcommands().size();
        for (String[] args : new String[][] {{}, {"--help"}, {"-q"}, {"migrat"}, {"generate-completion"}}) {
            assertThat(SpdbCommand.commandLine(args).getSubcommands()).as(String.join(" ", args)).hasSize(all);
        }
    }

    private static String usage(CommandLine cl) {
        StringWriter out = new StringWriter();
        cl.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
        return out.toString();
    }
}
