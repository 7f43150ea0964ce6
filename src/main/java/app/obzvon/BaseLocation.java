package app.obzvon;

import app.obzvon.persistence.ServerAddress;

import java.nio.file.Path;

/**
 * Where a window's base is: a file on this PC, or a team's base on a PostgreSQL server. Named by
 * {@code --db} or {@code OBZVON_DB} ({@link DatabaseLocation#choose}), or by the window's connection dialog.
 */
public sealed interface BaseLocation {

    /** As the window's title and status bar say it: the file's path, or {@code server/base}. */
    String shown();

    /** A base file on this PC. */
    record File(Path path) implements BaseLocation {
        @Override
        public String shown() {
            return path.toString();
        }
    }

    /** A team's base on a server; the password is never part of it. */
    record Server(ServerAddress address) implements BaseLocation {
        @Override
        public String shown() {
            return shown(address);
        }

        /** {@code host/base}, with the port where it is not PostgreSQL's own. */
        public static String shown(ServerAddress address) {
            return address.host() + (address.port() == ServerAddress.DEFAULT_PORT ? "" : ":" + address.port())
                    + "/" + address.database();
        }
    }
}
