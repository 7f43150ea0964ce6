package app.obzvon.cli;

import app.obzvon.BaseLocation;
import app.obzvon.DatabaseLocation;
import app.obzvon.logs.Logs;
import app.obzvon.Services;
import app.obzvon.persistence.DatabaseFault;
import app.obzvon.persistence.OpenMode;
import app.obzvon.persistence.ServerAddress;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code --db FILE} or {@code --db postgresql://[user@]host[:port]/base}; without it, the same base the
 * window would open (OBZVON_DB or the data folder). A base file that is not there is not created
 * unless {@code --create} says so: a mistyped path in a nightly script must fail, not load the night's
 * contacts into a new, empty base. A server's password comes from {@code PGPASSWORD} or the person's
 * own {@code ~/.pgpass}, never the command line.
 */
final class DatabaseOption {

    /** Read by the driver where the environment has no PGPASSWORD: the person's own ~/.pgpass. */
    static final String PASSWORD_VARIABLE = "PGPASSWORD";

    /** This PC's base, beside which a command on a server logs; tests name their own. */
    static Supplier<Path> thisPcBase = () -> DatabaseLocation.localFileForThisMachine(List.of());

    @Option(names = "--db", paramLabel = "FILE|postgresql://…",
            description = {"The Obzvon database file, or a team's base on a PostgreSQL server: "
                    + "postgresql://[user@]host[:port]/base (the password from PGPASSWORD or ~/.pgpass)."})
    String location;

    @Option(names = "--create", description = "Create a new, empty base if there is none at the path.")
    boolean create;

    /** The base named (a server's address read, or refused with the reason), else the window's. */
    BaseLocation location() {
        if (location == null) {
            return DatabaseLocation.chooseForThisMachine(List.of());
        }
        return ServerAddress.isServer(location) ? new BaseLocation.Server(ServerAddress.parse(location))
                : new BaseLocation.File(Path.of(location));
    }

    /**
     * The base's file; the command's log goes beside it, into the same file as the window's, once
     * there is (or will be) a base there: a mistyped path gets no folder of logs either.
     */
    Path resolve() {
        var where = location();
        if (where instanceof BaseLocation.Server server) {
            throw new IllegalArgumentException("the base is on a server (" + server.shown() + "), not in a file");
        }
        var resolved = ((BaseLocation.File) where).path();
        if (create || Files.exists(resolved)) {
            Logs.toFolder(resolved);
        }
        return resolved;
    }

    /** A base on a server, or null for a file. */
    ServerAddress server() {
        return location() instanceof BaseLocation.Server server ? server.address() : null;
    }

    Services open(Clock clock) {
        var server = server();
        if (server != null) {
            // No base folder for a server's base: the command logs where this PC's base keeps its log (as the window does).
            Logs.toFolder(thisPcBase.get());
            return Services.open(server, System.getenv(PASSWORD_VARIABLE), clock);
        }
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

    /**
     * Refuses a backup or a restore of a base on a server before anything is opened: the server's
     * administrator keeps its copies (pg_dump), not a PC. {@code what}: "backs it up there (pg_dump)".
     */
    void requireFile(String what) {
        var server = server();
        if (server != null) {
            throw new IllegalArgumentException("the base is on a server (" + BaseLocation.Server.shown(server)
                    + "): the server's administrator " + what + "; nothing was done");
        }
    }
}
