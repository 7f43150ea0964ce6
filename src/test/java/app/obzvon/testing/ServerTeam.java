package app.obzvon.testing;

import app.obzvon.Services;
import app.obzvon.contact.CompanySize;
import app.obzvon.persistence.ServerAddress;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;

import java.time.Clock;
import java.util.Arrays;

/**
 * A team's base on the test server as its supervisor set it up: the supervisor (the test PIN), the
 * companies named, one queue over all of them. For the window's and view models' server tests.
 */
public final class ServerTeam {

    private ServerTeam() {
    }

    /** Sets the base up (the schema too, as the app's first connection does) and closes it again. */
    public static void seed(PostgresDatabase database, Clock clock, String supervisor, String... companies) {
        try (var services = open(ServerBases.address(database), clock)) {
            services.signIn().createFirstSupervisor(supervisor, TestBase.PIN);
            services.database().inTransaction(tx -> {
                services.contacts().addAll(tx, Arrays.stream(companies)
                        .map(name -> TestBase.company(name, CompanySize.SMALL)).toList());
                services.queues().add(tx, new NewQueue("Queue", QueueFilter.any(), null, 80));
                return null;
            });
        }
    }

    /** The services on a server base, with the quick PIN hash, nobody signed in. */
    public static Services open(ServerAddress address, Clock clock) {
        return Services.open(address, null, clock, TestBase.QUICK_HASH);
    }

    /** The same base reached through the proxy: the window's way there, which a test can cut. */
    public static ServerAddress through(CuttableProxy proxy, PostgresDatabase database) {
        var direct = ServerBases.address(database);
        return new ServerAddress(proxy.host(), proxy.port(), direct.database(), direct.user());
    }

    /** How many calls the base holds, asked on a connection of its own (not through any proxy). */
    public static int calls(PostgresDatabase database) {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from calls")) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
