package app.obzvon.cli;

import app.obzvon.DatabaseLocation;
import app.obzvon.logs.Logs;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code --db FILE}; without it, the same file the window would open (OBZVON_DB or the data folder). */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", description = "The Obzvon database file.")
    Path file;

    /** The base's file; the command's log goes beside it, into the same file as the window's. */
    Path resolve() {
        var resolved = file != null ? file : DatabaseLocation.forThisMachine(List.of());
        Logs.toFolder(resolved);
        return resolved;
    }
}
