package app.obzvon.cli;

import app.obzvon.DatabaseLocation;
import app.obzvon.logs.Logs;
import app.obzvon.Services;
import app.obzvon.persistence.DatabaseFault;
import app.obzvon.persistence.OpenMode;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code --db FILE}; without it, the same file the window would open (OBZVON_DB or the data folder).
 * A base that is not there is not created unless {@code --create} says so: a mistyped path in a
 * nightly script must fail, not load the night's contacts into a new, empty base.
 */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", description = "The Obzvon database file.")
    Path file;

    @Option(names = "--create", description = "Create a new, empty base if there is none at the path.")
    boolean create;

    /**
     * The base's file; the command's log goes beside it, into the same file as the window's, once
     * there is (or will be) a base there: a mistyped path gets no folder of logs either.
     */
    Path resolve() {
        var resolved = file != null ? file : DatabaseLocation.forThisMachine(List.of());
        if (create || java.nio.file.Files.exists(resolved)) {
            Logs.toFolder(resolved);
        }
        return resolved;
    }

    Services open(Clock clock) {
        var path = resolve();
        try {
            return Services.open(path, clock, create ? OpenMode.CREATE : OpenMode.EXISTING);
        } catch (DatabaseFault e) {
            if (e.kind() == DatabaseFault.Kind.MISSING) {
                throw new IllegalArgumentException(e.getMessage()
                        + ": check --db and OBZVON_DB, or add --create to make a new, empty base there", e);
            }
            throw e;
        }
    }
}
