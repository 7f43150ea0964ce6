package app.obzvon;

import app.obzvon.cli.ObzvonCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The installed launcher is one command: a subcommand Main does not know would open the window instead. */
class MainTest {

    @Test
    void everySubcommandRunsOnTheCommandLine() {
        var command = ObzvonCommand.class.getAnnotation(Command.class);
        for (var subcommand : command.subcommands()) {
            var name = subcommand.getAnnotation(Command.class).name();
            assertTrue(Main.COMMANDS.contains(name), "obzvon " + name + " would open the window");
        }
        assertTrue(command.mixinStandardHelpOptions());
        for (var option : List.of("-h", "--help", "-V", "--version")) {
            assertTrue(Main.COMMANDS.contains(option), "obzvon " + option + " would open the window");
        }
    }
}
