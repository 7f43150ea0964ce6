package app.obzvon.cli;

import app.obzvon.common.Errors;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** The command line for supervisors who automate nightly loads: the same services as the window. */
@Command(name = "obzvon", mixinStandardHelpOptions = true, version = "Obzvon 0.1",
        description = "A cold caller's workstation. Without a command, opens the window.",
        subcommands = {ImportCommand.class, ExportCommand.class, ResultsCommand.class, BackupCommand.class,
                RestoreCommand.class, MigrateCommand.class, ReportCommand.class})
public final class ObzvonCommand {

    private final Supplier<String> pin;

    private ObzvonCommand(Supplier<String> pin) {
        this.pin = pin;
    }

    /** The supervisor's PIN, read once when a command signs in. */
    String pin() {
        return pin.get();
    }

    /** Runs a command and returns its exit code: 0 on success, 1 on a fatal error, 2 on bad arguments. */
    public static int run(String... args) {
        return run(ObzvonCommand::pinFromEnvironmentOrInput, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
    }

    /** The same, with the PIN and the writers given (tests read what a supervisor's script would). */
    public static int run(Supplier<String> pin, PrintWriter out, PrintWriter err, String... args) {
        var line = new CommandLine(new ObzvonCommand(pin)).setOut(out).setErr(err);
        line.setExecutionExceptionHandler((error, command, parsed) -> {
            command.getErr().println("obzvon " + command.getCommandName() + ": " + Errors.message(error));
            // Said above in one line; the stack trace is for the log file, not the person's terminal.
            LoggerFactory.getLogger(ObzvonCommand.class).error(app.obzvon.logs.ConsoleOnly.FILE_ONLY, "obzvon {} failed",
                    command.getCommandName(), error);
            return 1;
        });
        line.setParameterExceptionHandler((error, args1) -> {
            var command = error.getCommandLine();
            command.getErr().println("obzvon " + command.getCommandName() + ": " + error.getMessage()
                    + " (see: obzvon " + command.getCommandName() + " --help)");
            return 2;
        });
        return line.execute(args);
    }

    private static String pinFromEnvironmentOrInput() {
        var fromEnvironment = System.getenv(SupervisorOption.PIN_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
