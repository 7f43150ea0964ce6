package app.obzvon.persistence;

import app.obzvon.call.CallDetails;
import app.obzvon.cli.ObzvonCommand;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.TestBase;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code obzvon migrate}: a base moved to the server and back, identical; never over a base in use. */
@PostgresTest
class BaseTransferTest {

    @TempDir
    Path folder;

    @Test
    void theDemoBaseGoesToTheServerAndBackWithTheSameRowsAndContent(@PostgresTest.Fresh PostgresDatabase server)
            throws Exception {
        var original = worked(folder.resolve("office.db"));

        var there = copy(TransferEnd.file(original, false), server(server));
        assertTrue(there.same(), there.toString());
        assertTrue(there.rows() > 100, "the demo base, its calls, people and audit: " + there.rows());

        var back = folder.resolve("laptop.db");
        var again = copy(server(server), TransferEnd.file(back, true));
        assertTrue(again.same(), again.toString());
        assertEquals(summaries(original, SQLDialect.SQLITE), summaries(back, SQLDialect.SQLITE),
                "the file that came back holds what the first one did, table by table");

        // The copy is a working base: its owner signs in and calls on, and new rows get new ids.
        try (var services = TestBase.open(back, new app.obzvon.testing.MutableClock(TestBase.MORNING, TestBase.ZONE))) {
            var anna = services.signIn().door().people().stream().filter(p -> p.name().equals("Анна")).findFirst()
                    .orElseThrow();
            services.signIn().signIn(anna.id(), TestBase.PIN);
            var session = services.callingSession();
            var shown = session.open(session.queues().get(0));
            var logged = session.log(shown.contact().id(), session.outcomes().get(0), CallDetails.none(),
                    TestBase.MORNING);
            assertTrue(logged.call().id() > 0);
        }
    }

    @Test
    void aServerBaseThatHoldsWorkIsNeverWrittenOver(@PostgresTest.Fresh PostgresDatabase server) throws Exception {
        var original = worked(folder.resolve("office.db"));
        assertTrue(copy(TransferEnd.file(original, false), server(server)).same());
        var before = serverSummaries(server);

        var other = worked(folder.resolve("other.db"));
        var refused = assertThrows(BaseTransfer.TargetNotEmptyException.class,
                () -> copy(TransferEnd.file(other, false), server(server)));
        assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
        assertEquals(before, serverSummaries(server), "nothing written");
    }

    @Test
    void aHundredThousandCompaniesRoundTripAndTheCommandSaysSo(@PostgresTest.Fresh PostgresDatabase server)
            throws Exception {
        var original = folder.resolve("big.db");
        new TestBase(folder.resolve("big")).close();
        java.nio.file.Files.move(folder.resolve("big").resolve("obzvon.db"), original);
        generate(original, 100_000);

        var out = new StringWriter();
        var err = new StringWriter();
        long started = System.nanoTime();
        int code = ObzvonCommand.run(() -> TestBase.PIN, new PrintWriter(out, true), new PrintWriter(err, true),
                "migrate", "--from", original.toString(), "--to", address(server));
        long there = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("done: "), out.toString());
        assertTrue(out.toString().matches("(?s).*contacts\\s+100,000 →\\s+100,000\\s+same.*"), out.toString());

        var back = folder.resolve("back.db");
        started = System.nanoTime();
        code = ObzvonCommand.run(() -> TestBase.PIN, new PrintWriter(out, true), new PrintWriter(err, true),
                "migrate", "--from", address(server), "--to", back.toString());
        long home = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, code, out + "\n" + err);
        assertEquals(summaries(original, SQLDialect.SQLITE), summaries(back, SQLDialect.SQLITE));
        System.out.printf(Locale.ROOT, "100,000 companies, 300,000 calls: to the server %d ms, back %d ms%n", there,
                home);

        // Again into the same server base: refused, in one line, and exit code 1.
        var refusedErr = new StringWriter();
        code = ObzvonCommand.run(() -> TestBase.PIN, new PrintWriter(new StringWriter(), true),
                new PrintWriter(refusedErr, true), "migrate", "--from", original.toString(), "--to", address(server));
        assertEquals(1, code);
        assertTrue(refusedErr.toString().startsWith("obzvon migrate: the target base is not empty"),
                refusedErr.toString());
    }

    @Test
    void twoFilesOrTwoServersAreRefusedBeforeAnythingOpens() {
        var err = new StringWriter();
        int code = ObzvonCommand.run(() -> TestBase.PIN, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), "migrate", "--from", folder.resolve("a.db").toString(), "--to",
                folder.resolve("b.db").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("both files"), err.toString());
        assertTrue(!java.nio.file.Files.exists(folder.resolve("b.db")), "nothing created");
    }

    @Test
    void aPasswordWrittenIntoTheAddressIsRefused() {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("postgresql://anna:secret@db.office/obzvon"));
        assertTrue(refused.getMessage().contains("no password in the address"), refused.getMessage());
        assertEquals(new ServerAddress("db.office", 5432, "obzvon", "anna"),
                ServerAddress.parse("postgresql://anna@db.office/obzvon"));
    }

    /** A base with the demo loaded, a few calls logged and their audit: every kind of row there is. */
    private static Path worked(Path file) {
        var folder = file.resolveSibling(file.getFileName() + ".d");
        try (var base = new TestBase(folder)) {
            var session = base.services.callingSession();
            session.loadDemo(Locale.forLanguageTag("ru"));
            var shown = session.open(session.queues().get(0));
            for (var code : new String[]{"no_answer", "qualified_lead", "call_back", "wrong_number"}) {
                var details = code.equals("call_back")
                        ? new CallDetails(null, base.clock.instant().plus(java.time.Duration.ofHours(2)), null)
                        : CallDetails.none();
                shown = session.log(shown.contact().id(), base.outcome(code), details, base.clock.instant()).next();
            }
            base.addCaller("Борис", "1357");
        } catch (RuntimeException e) {
            throw e;
        }
        try {
            java.nio.file.Files.move(folder.resolve("obzvon.db"), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    /** Companies with a number each and three calls each, written straight into the file. */
    private static void generate(Path file, int companies) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + companies
                    + ") INSERT INTO contacts (company, person, city, size, status, attempts, created_at, time_zone)"
                    + " SELECT 'Компания №' || i, 'Иван ' || i, 'Москва', 'SMALL', 'CONTACT_1', 3, 1795600800000 + i,"
                    + " 'Europe/Moscow' FROM n");
            s.executeUpdate("INSERT INTO contact_phones (contact_id, position, number, e164)"
                    + " SELECT id, 0, '+7 495 ' || id, '+7495' || printf('%07d', id) FROM contacts");
            s.executeUpdate("INSERT INTO calls (contact_id, caller_id, outcome_id, started_at, logged_at, note,"
                    + " prev_status, prev_attempts, prev_do_not_call)"
                    + " SELECT c.id, 1, k.o, 1795600800000 + c.id * 10 + k.o, 1795600800000 + c.id * 10 + k.o + 5,"
                    + " CASE WHEN k.o = 3 THEN 'перезвонить после 15:00' END, 'NEW', k.o - 1, FALSE"
                    + " FROM contacts c, (SELECT 1 AS o UNION ALL SELECT 2 UNION ALL SELECT 3) k");
            c.commit();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(companies, DSL.using(c, SQLDialect.SQLITE).fetchCount(CONTACTS));
        }
    }

    private static BaseTransfer.Report copy(TransferEnd from, TransferEnd to) throws Exception {
        try (from; to) {
            return BaseTransfer.copy(from, to, table -> { });
        }
    }

    private static TransferEnd server(PostgresDatabase server) throws Exception {
        return TransferEnd.server(ServerAddress.parse(address(server)), null);
    }

    /** The test database as a person writes it: postgresql://user@host:port/name. */
    static String address(PostgresDatabase server) {
        var m = java.util.regex.Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)\\?.*user=([^&]+).*")
                .matcher(server.url());
        assertTrue(m.matches(), server.url());
        return "postgresql://" + m.group(3) + "@" + m.group(1) + "/" + m.group(2);
    }

    private static Map<String, BaseTransfer.Summary> summaries(Path file, SQLDialect dialect) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return summaries(DSL.using(c, dialect));
        }
    }

    private static Map<String, BaseTransfer.Summary> serverSummaries(PostgresDatabase server) throws Exception {
        try (var c = server.connect()) {
            return summaries(DSL.using(c, SQLDialect.POSTGRES));
        }
    }

    private static Map<String, BaseTransfer.Summary> summaries(org.jooq.DSLContext ctx) {
        var all = new LinkedHashMap<String, BaseTransfer.Summary>();
        for (var table : BaseTransfer.inReferenceOrder()) {
            all.put(table.getName(), BaseTransfer.Summary.of(ctx, table));
        }
        return all;
    }
}
