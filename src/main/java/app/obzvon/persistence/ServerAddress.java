package app.obzvon.persistence;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A team's base on a PostgreSQL server, as people write it: {@code postgresql://[user@]host[:port]/database}.
 * Never holds a password: the driver takes it from {@code PGPASSWORD} or the person's own
 * {@code ~/.pgpass}, or the window asks for it.
 */
public record ServerAddress(String host, int port, String database, String user) {

    public static final int DEFAULT_PORT = 5432;

    /** Whether a {@code --db} or {@code OBZVON_DB} value names a server rather than a file. */
    public static boolean isServer(String location) {
        return location != null && (location.startsWith("postgresql://") || location.startsWith("postgres://"));
    }

    /** Reads an address; a password written into it is refused, not kept. */
    public static ServerAddress parse(String location) {
        if (!isServer(location)) {
            throw new IllegalArgumentException("not a server address (postgresql://host:5432/base): " + location);
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot read the server address " + location + ": " + e.getReason(), e);
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("a server address names a host and a base: postgresql://host:5432/base, not "
                    + location);
        }
        String user = uri.getUserInfo();
        if (user != null && user.contains(":")) {
            throw new IllegalArgumentException("no password in the address, please: it would stay in the shell's "
                    + "history and the process list; use PGPASSWORD or ~/.pgpass");
        }
        if (user == null || user.isBlank()) {
            user = System.getenv().getOrDefault("PGUSER", System.getProperty("user.name"));
        }
        return new ServerAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT,
                uri.getPath().substring(1), user);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The same address as another person signing in would use. */
    public ServerAddress as(String otherUser) {
        return new ServerAddress(host, port, database, otherUser);
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
