package app.obzvon.testing;

import app.obzvon.persistence.ServerAddress;
import org.opentest4j.TestAbortedException;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The service tests' run on PostgreSQL ({@code -Dobzvon.test.engine=postgresql}, the second
 * surefire run of {@code mvn verify}): each {@link TestBase} gets a database of its own on the test
 * server, copied from one migrated once per run, and stands for it by its file's path, so a test's
 * "another window on the same file" opens the same server base. Without a server the tests are
 * skipped (failed under {@code CI=true}), as {@link PostgresTest} says.
 */
public final class ServerBases {

    /** Whether the tests run on the server. */
    public static final boolean ON_SERVER = "postgresql".equals(System.getProperty("obzvon.test.engine"));

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)\\?.*user=([^&]+).*");
    private static final Map<Path, PostgresDatabase> BASES = new ConcurrentHashMap<>();
    private static PostgresDatabase template;

    private ServerBases() {
    }

    /** A new base on the server standing for {@code file}, at the latest schema, nobody in it yet. */
    static void create(Path file) {
        var server = server();
        var made = server.copyOf(template(server), file.getParent().getFileName().toString());
        BASES.put(file, made);
    }

    /** The server base standing for the file; null when the file is a file. */
    public static ServerAddress of(Path file) {
        var base = BASES.get(file);
        return base == null ? null : address(base);
    }

    static void drop(Path file) {
        var base = BASES.remove(file);
        if (base != null) {
            base.close();
        }
    }

    /** The test database as a person writes it: postgresql://user@host:port/name. */
    public static ServerAddress address(PostgresDatabase database) {
        var m = URL.matcher(database.url());
        if (!m.matches()) {
            throw new IllegalStateException("not a test database URL: " + database.url());
        }
        return ServerAddress.parse("postgresql://" + m.group(3) + "@" + m.group(1) + "/" + m.group(2));
    }

    private static PostgresServer server() {
        var found = PostgresServer.find();
        if (found.server() == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL tests cannot run and CI=true: " + found.missing());
            }
            throw new TestAbortedException("PostgreSQL tests skipped: " + found.missing());
        }
        return found.server();
    }

    /** One base migrated by the app itself, once per run; each test's is a copy (CREATE DATABASE … TEMPLATE). */
    private static synchronized PostgresDatabase template(PostgresServer server) {
        if (template == null) {
            var made = server.createDatabase("template");
            // Opening it as the app does migrates it; closing leaves nobody connected, as a template needs.
            app.obzvon.persistence.Database.open(address(made), null).close();
            template = made;
            Runtime.getRuntime().addShutdownHook(new Thread(made::close));
        }
        return template;
    }

}
