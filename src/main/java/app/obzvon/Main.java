package app.obzvon;

import app.obzvon.cli.ObzvonCommand;

import java.util.Set;

/**
 * Starts Obzvon: {@code import}, {@code export}, {@code results}, {@code backup} and {@code restore}
 * run on the command line with no display (and load no JavaFX class); anything else opens the window.
 */
public final class Main {

    /** Every subcommand of {@code ObzvonCommand} and its help and version options ({@code MainTest}). */
    static final Set<String> COMMANDS = Set.of("import", "export", "results", "backup", "restore", "migrate", "report", "help", "--help",
            "-h", "--version", "-V");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(ObzvonCommand.run(args));
        }
        ObzvonApp.launchWindow(args);
    }
}
