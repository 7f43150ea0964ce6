package app.obzvon.persistence;

import app.obzvon.Services;
import app.obzvon.call.CallDetails;
import app.obzvon.call.Outcome;
import app.obzvon.calling.CallingSession;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Contact;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.MutableClock;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.ServerBases;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line to the server drops while an outcome is being saved: mid-step, at the commit, or after
 * the server committed but before its answer came back. The step says so in a {@link ServerFault}
 * of the right kind, the base holds the whole step or none of it (the call, the company's new state),
 * and the same window goes on by itself: the pool replaces the dead connection, and the outcome
 * logged again is saved once.
 *
 * <p>The app's connection is cut from the server's side, as a restarted server or a dropped network
 * would: {@code pg_terminate_backend} of its backend, found in {@code pg_stat_activity}.
 */
@PostgresTest
class ServerConnectionLossTest {

    private final MutableClock clock = new MutableClock(TestBase.MORNING, TestBase.ZONE);
    private PostgresDatabase database;
    private Services services;
    private ServerDatabase server;
    private CallingSession session;
    private Contact shown;
    private Outcome callBack;
    /** The test's own connection, beside the app's: it reads the base and cuts the app's line. */
    private Connection admin;

    @BeforeEach
    void open(@PostgresTest.Fresh PostgresDatabase fresh) throws SQLException {
        database = fresh;
        services = Services.open(ServerBases.address(database), null, clock, TestBase.QUICK_HASH);
        server = (ServerDatabase) services.database();
        services.signIn().createFirstSupervisor("Анна", TestBase.PIN);
        services.database().inTransaction(tx -> {
            services.contacts().addAll(tx, IntStream.range(0, 3)
                    .mapToObj(i -> TestBase.company("Компания " + i, CompanySize.SMALL)).toList());
            return services.queues().add(tx, new NewQueue("Холодная база", QueueFilter.any(), null, 80));
        });
        session = services.callingSession();
        shown = session.open(session.queues().get(0)).contact();
        callBack = session.outcomes().stream().filter(o -> o.code().equals("call_back")).findFirst().orElseThrow();
        admin = database.connect();
    }

    @AfterEach
    void close() throws SQLException {
        server.atCommit(null);
        allowConnections(true);
        admin.close();
        services.close();
    }

    /** Whether the base takes new connections: set from the server's own database, as it cannot be for the current one. */
    private void allowConnections(boolean allowed) throws SQLException {
        var url = database.url().replace("/" + database.name() + "?", "/postgres?");
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS " + allowed);
        }
    }

    @Test
    void aLineDroppedWhileTheCallIsWrittenSavesNothingAndTheSameWindowLogsItAgain() throws Exception {
        var before = state(shown.id());
        var cut = new AtomicBoolean();
        ServerFault fault;
        try (var watching = services.database().watch(statement -> {
            if (statement.sql().regionMatches(true, 0, "insert into calls", 0, 17) && cut.compareAndSet(false, true)) {
                // The company's state was read, the call not yet written: the step is halfway.
                terminateTheApp(false);
            }
        })) {
            fault = assertThrows(ServerFault.class, this::logCallBack);
        }
        assertTrue(cut.get(), "the line was cut as the call was written");
        assertEquals(ServerFault.Kind.UNREACHABLE, fault.kind(), fault.getMessage());
        assertFalse(fault.getMessage().toLowerCase().contains("insert"), "no SQL in the message: " + fault.getMessage());

        assertEquals(0, calls(), "no call");
        assertEquals(before, state(shown.id()), "the company as it was");
        assertEquals(1, claims(), "the company is still this window's");

        var logged = logCallBack();
        assertEquals(List.of(logged.call().id()), callIds(), "logged again: once");
        assertNotEquals(before, state(shown.id()), "the company moved on with it");
        assertNotEquals(shown.id(), logged.next().contact().id(), "and the next one is on screen");
    }

    @Test
    void aLineDroppedAtTheCommitIsNotSavedAndSaysSo() throws Exception {
        var before = state(shown.id());
        // The server restarts as the step commits: every connection of the window's pool goes.
        server.atCommit(connection -> terminateTheApp(true));

        var fault = assertThrows(ServerFault.class, this::logCallBack);
        assertEquals(ServerFault.Kind.NOT_SAVED, fault.kind(), fault.getMessage());

        server.atCommit(null);
        assertEquals(0, calls(), "no call");
        assertEquals(before, state(shown.id()), "the company as it was");
        assertEquals(1, claims(), "the company is still this window's");
        var logged = logCallBack();
        assertEquals(List.of(logged.call().id()), callIds(), "logged again: once");
    }

    @Test
    void aCommitWhoseAnswerNeverCameIsFoundStoredAndTheStepGoesOn() throws Exception {
        var before = state(shown.id());
        // The server commits; the line drops before its answer reaches the window.
        server.atCommit(connection -> {
            connection.commit();
            terminateTheApp(true);
            try (var s = connection.createStatement()) {
                s.execute("SELECT 1");
            }
        });

        var logged = logCallBack();
        server.atCommit(null);
        assertEquals(List.of(logged.call().id()), callIds(), "stored, once");
        assertNotEquals(before, state(shown.id()));
        var next = session.log(logged.next().contact().id(), callBack, callBackInAnHour(), clock.instant());
        assertEquals(2, calls(), "the window goes on: " + next.call().id());
    }

    @Test
    void aCommitThatCannotBeCheckedIsUnknownUntilTheServerAnswersAgain() throws Exception {
        var before = state(shown.id());
        // The line drops at the commit, and the base takes no new connection: nobody can ask.
        server.atCommit(connection -> {
            allowConnections(false);
            terminateTheApp(true);
        });

        var fault = assertThrows(ServerFault.class, this::logCallBack);
        assertEquals(ServerFault.Kind.UNKNOWN_IF_SAVED, fault.kind(), fault.getMessage());

        server.atCommit(null);
        allowConnections(true);
        assertEquals(0, calls(), "it was not saved after all");
        assertEquals(before, state(shown.id()));
        var logged = logCallBack();
        assertEquals(List.of(logged.call().id()), callIds(), "logged again: once");
    }

    private CallingSession.Logged logCallBack() {
        return session.log(shown.id(), callBack, callBackInAnHour(), clock.instant());
    }

    private CallDetails callBackInAnHour() {
        return new CallDetails("перезвонить через час", clock.instant().plus(Duration.ofHours(1)), null);
    }

    /**
     * Cuts the app's line from the server's side and waits until its backend is gone: the connection in
     * the step (the one in a transaction), or with {@code all}, every one the app has to the base, as a
     * server restart or a dropped network does.
     */
    private void terminateTheApp(boolean all) {
        try (var s = admin.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND application_name = 'obzvon'"
                + (all ? "" : " AND state = 'idle in transaction'"));
             var rs = s.executeQuery()) {
            var pids = new ArrayList<Integer>();
            while (rs.next()) {
                pids.add(rs.getInt(1));
            }
            assertTrue(all ? !pids.isEmpty() : pids.size() == 1, "the app's connection in the step: " + pids);
            for (int pid : pids) {
                try (var kill = admin.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
                    kill.setInt(1, pid);
                    try (var killed = kill.executeQuery()) {
                        killed.next();
                        assertTrue(killed.getBoolean(1), "backend " + pid + " ended");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The company's state columns, as the base holds them. */
    private List<Object> state(long contactId) throws SQLException {
        try (var s = admin.prepareStatement("SELECT status, attempts, next_call_at, next_call_kind, owner_id, version"
                + " FROM contacts WHERE id = ?")) {
            s.setLong(1, contactId);
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next());
                var row = new ArrayList<Object>();
                for (int i = 1; i <= 6; i++) {
                    row.add(rs.getObject(i));
                }
                return row;
            }
        }
    }

    private int calls() throws SQLException {
        return callIds().size();
    }

    private List<Long> callIds() throws SQLException {
        var ids = new ArrayList<Long>();
        try (var s = admin.createStatement(); var rs = s.executeQuery("SELECT id FROM calls ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private int claims() throws SQLException {
        try (var s = admin.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM claims")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
