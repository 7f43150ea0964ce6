package app.obzvon.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server that server tests use, and the databases they make on it.
 * <p>
 * Where it is: {@value #SETTING}, a system property or an environment variable, is the JDBC URL of
 * any database on the server to connect to, its user and password as parameters when needed, e.g.
 * {@code jdbc:postgresql://db.local:5432/postgres?user=obzvon&password=secret}. Without it, the local
 * server's {@code test} database as {@code postgres} ({@value #DEFAULT_URL}). The user must be allowed
 * to create databases.
 * <p>
 * Each test class (or test, where it asks) gets a database of its own, named
 * {@code obzvon_test_<when>_<what>_<random>}, dropped after it: test runs of several work trees and CI
 * can share one server. A run that was killed leaves its databases; the next one drops those older
 * than a day.
 */
public final class PostgresServer {

    /** The system property or environment variable naming the server. */
    public static final String SETTING = "OBZVON_TEST_PG";
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String DEFAULT_USER = "postgres";

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://([^/?]*)/)([^?]*)(\\?(.*))?");
    private static final String PREFIX = "obzvon_test_";
    private static final Duration STALE = Duration.ofDays(1);

    /** Looked for once per test run: every server test class asks. */
    private static Found found;

    /** The server, or in one line why there is none. */
    public record Found(PostgresServer server, String missing) {
    }

    private final String url;
    private final String address;

    private PostgresServer(String url, String address) {
        this.url = url;
        this.address = address;
    }

    /** The server named by {@value #SETTING} (or the default), connected to once; or why not. */
    public static synchronized Found find() {
        if (found == null) {
            found = look();
        }
        return found;
    }

    private static Found look() {
        String setting = System.getProperty(SETTING, System.getenv(SETTING));
        String url = setting == null || setting.isBlank() ? DEFAULT_URL : setting.strip();
        var m = URL.matcher(url);
        if (!m.matches()) {
            return new Found(null, SETTING + " is not a jdbc:postgresql://HOST:PORT/DATABASE URL: " + url);
        }
        // The user goes into the URL, so the URL alone is a database's whole address (a pool takes it as it is).
        if (!hasParameter(m.group(5), "user")) {
            url += (m.group(4) == null ? "?" : "&") + "user=" + DEFAULT_USER;
        }
        var server = new PostgresServer(url, m.group(2));
        try (var c = server.connect(url)) {
            server.dropStale(c);
            return new Found(server, null);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            // 08: could not connect at all (refused, unknown host, timed out).
            return new Found(null, state.startsWith("08")
                    ? "no server at " + server.address + " (set " + SETTING + ")"
                    : "the server at " + server.address + " refused us: " + firstLine(e.getMessage())
                            + " (set " + SETTING + ")");
        }
    }

    /** The server's host and port, as the URL names them. */
    public String address() {
        return address;
    }

    /** A new, empty database; {@code what} (a class or test name) goes into its name for whoever lists them. */
    public PostgresDatabase createDatabase(String what) {
        return create(what, "template0");
    }

    /** A new database as {@code template} is (nobody may be connected to it): a migrated base in a blink. */
    public PostgresDatabase copyOf(PostgresDatabase template, String what) {
        return create(what, template.name());
    }

    private PostgresDatabase create(String what, String template) {
        String label = what.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String stamp = Long.toString(Instant.now().getEpochSecond(), 36);
        String random = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
        // PostgreSQL cuts names at 63 bytes: the label gives way.
        int room = 63 - PREFIX.length() - stamp.length() - random.length() - 2;
        String name = PREFIX + stamp + "_" + label.substring(0, Math.min(room, label.length())) + "_" + random;
        try (var c = connect(url); var s = c.createStatement()) {
            // template0: nobody is ever connected to it, so databases made at once by parallel runs never wait.
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name + " at " + address, e);
        }
        var m = URL.matcher(url);
        if (!m.matches()) {
            throw new AssertionError(url);
        }
        return new PostgresDatabase(this, name, m.group(1) + name + m.group(4));
    }

    /**
     * Drops a database of ours, its connections with it (PostgreSQL 13+), and the roles its guard made
     * (role names are the whole server's, a database's drop leaves them): the logins of its people, and
     * its group roles when they are its own, not its template's.
     */
    void drop(String name) {
        var roles = guardRoles(name);
        try (var c = connect(url); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test database " + name + " at " + address, e);
        }
        dropRoles(roles);
    }

    /** The roles the database's guard made ({@code guard.settings}); none before it is migrated. */
    private List<String> guardRoles(String name) {
        var m = URL.matcher(url);
        if (!m.matches()) {
            throw new AssertionError(url);
        }
        var roles = new ArrayList<String>();
        try (var c = connect(m.group(1) + name + (m.group(4) == null ? "" : m.group(4))); var s = c.createStatement()) {
            try (var found = s.executeQuery("SELECT to_regclass('guard.settings') IS NOT NULL")) {
                if (!found.next() || !found.getBoolean(1)) {
                    return roles;
                }
            }
            boolean own;
            try (var row = s.executeQuery("SELECT made_for = current_database(), callers, supervisors, people"
                    + " FROM guard.settings")) {
                if (!row.next()) {
                    return roles;
                }
                own = row.getBoolean(1);
                if (own) {
                    roles.add(row.getString(2));
                    roles.add(row.getString(3));
                    roles.add(row.getString(4));
                }
            }
            // Its own people group: every member is this base's; a template's: only the logins of this copy's people.
            try (var rows = s.executeQuery("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                    + " JOIN pg_roles r ON r.oid = m.member JOIN guard.settings s ON s.people = g.rolname"
                    + (own ? "" : " WHERE r.rolname IN (SELECT login FROM callers)"))) {
                while (rows.next()) {
                    roles.add(0, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            // Gone already, or never made: nothing of it to drop.
        }
        return roles;
    }

    private void dropRoles(List<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        try (var c = connect(url); var s = c.createStatement()) {
            for (var role : roles) {
                try {
                    s.execute("DROP ROLE IF EXISTS \"" + role.replace("\"", "\"\"") + "\"");
                } catch (SQLException stillUsed) {
                    // A template's group while a copy of it is left: the next run's stale sweep drops it.
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test roles at " + address, e);
        }
    }

    Connection connect(String databaseUrl) throws SQLException {
        var properties = new Properties();
        // Seconds; a server that is not there is known at once, a stopped one within these.
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        return DriverManager.getConnection(databaseUrl, properties);
    }

    /** Databases a killed run left: only ours (the prefix), only old ones (another run may be using its own). */
    private void dropStale(Connection c) throws SQLException {
        var stale = new ArrayList<String>();
        try (var s = c.createStatement();
             var rows = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'obzvon\\_test\\_%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_", 2);
                try {
                    var made = Instant.ofEpochSecond(Long.parseLong(parts[0], 36));
                    if (made.isBefore(Instant.now().minus(STALE))) {
                        stale.add(name);
                    }
                } catch (NumberFormatException notOurs) {
                    // Someone else's name that happens to start alike: left alone.
                }
            }
        }
        for (var name : stale) {
            try (var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
        // And the roles their guards made, named after them: obzvon_test_<when>_…
        var roles = new ArrayList<String>();
        try (var s = c.createStatement();
             var rows = s.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE 'obzvon\\_test\\_%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                try {
                    var made = Instant.ofEpochSecond(Long.parseLong(name.substring(PREFIX.length()).split("_", 2)[0], 36));
                    if (made.isBefore(Instant.now().minus(STALE))) {
                        roles.add(name);
                    }
                } catch (NumberFormatException notOurs) {
                    // Left alone.
                }
            }
        }
        dropRoles(roles);
    }

    private static boolean hasParameter(String query, String parameter) {
        if (query == null) {
            return false;
        }
        for (var pair : query.split("&")) {
            if (pair.startsWith(parameter + "=")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
