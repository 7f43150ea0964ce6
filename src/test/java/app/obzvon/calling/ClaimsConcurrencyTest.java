package app.obzvon.calling;

import app.obzvon.call.Undo;
import app.obzvon.Services;
import app.obzvon.access.Person;
import app.obzvon.call.CallDetails;
import app.obzvon.contact.CompanySize;
import app.obzvon.queue.Claims;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static app.obzvon.persistence.jooq.Tables.CALLS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two windows on one base, in one process and in two: dispensing and logging as fast as they can,
 * no company is ever shown to both, no outcome is lost, and "database is locked" never comes out.
 */
class ClaimsConcurrencyTest {

    static final int ROUNDS = 1_000;

    @TempDir
    Path folder;
    TestBase base;
    Person boris;
    final List<Services> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.inTx(tx -> base.services.contacts().addAll(tx, IntStream.range(0, 2 * ROUNDS + 200)
                .mapToObj(i -> TestBase.company("Company " + i, CompanySize.SMALL)).toList()));
        base.queue(QueueFilter.any());
        boris = base.addCaller("Борис", "1357");
    }

    @AfterEach
    void close() {
        opened.forEach(Services::close);
        base.close();
    }

    /** Another window on the same file, signed in as Борис. */
    private Services borisWindow() {
        var services = TestBase.open(base.file, base.clock);
        opened.add(services);
        services.signIn().signIn(boris.id(), "1357");
        return services;
    }

    /** Works the first queue for a number of rounds and returns every contact shown, in order. */
    private static Callable<List<Long>> round(Services services, int rounds) {
        return () -> {
            var session = services.callingSession();
            var noAnswer = services.database().inTransaction(tx -> services.outcomes().active(tx)).stream()
                    .filter(o -> o.code().equals("no_answer")).findFirst().orElseThrow();
            var shown = session.open(session.queues().get(0)).contact();
            var seen = new ArrayList<Long>();
            for (int i = 0; i < rounds; i++) {
                seen.add(shown.id());
                shown = session.log(shown.id(), noAnswer, CallDetails.none(), java.time.Instant.EPOCH).next().contact();
            }
            return seen;
        };
    }

    @Test
    void twoWindowsInOneProcessNeverShareACompanyAndLoseNothing() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var anna = pool.submit(round(base.services, ROUNDS));
            var borisRound = pool.submit(round(borisWindow(), ROUNDS));
            var annaSaw = anna.get(2, TimeUnit.MINUTES);
            var borisSaw = borisRound.get(2, TimeUnit.MINUTES);

            assertDisjoint(annaSaw, borisSaw);
            assertEquals(2 * ROUNDS, base.services.database().dsl().fetchCount(CALLS), "every outcome was logged");
        } finally {
            pool.shutdownNow();
        }
    }

    @org.junit.jupiter.api.Tag("file")
    @Test
    void twoProcessesNeverShareACompanyAndLoseNothing() throws Exception {
        var worker = worker(ROUNDS, false);
        var annaSaw = round(base.services, ROUNDS).call();
        var output = readAll(worker);

        assertEquals(0, worker.waitFor(), String.join("\n", output));
        assertEquals("done", output.get(output.size() - 1), String.join("\n", output));
        var borisSaw = output.subList(0, output.size() - 1).stream().map(Long::parseLong).toList();
        assertEquals(ROUNDS, borisSaw.size());
        assertTrue(output.stream().noneMatch(line -> line.contains("locked")), String.join("\n", output));
        assertDisjoint(annaSaw, borisSaw);
        assertEquals(2 * ROUNDS, base.services.database().dsl().fetchCount(CALLS));
    }

    @org.junit.jupiter.api.Tag("file")
    @Test
    void aKilledWindowsCompanyComesBackWhenItsLeaseRunsOut() throws Exception {
        var worker = worker(0, true);
        var output = readAll(worker);
        worker.waitFor();
        long held = Long.parseLong(output.get(0).replace("holding ", ""));

        var session = base.services.callingSession();
        var queue = session.queues().get(0);
        assertNotEquals(held, session.open(queue).contact().id(), "another window holds it");

        base.clock.advance(Claims.LEASE.plusMinutes(1));
        assertEquals(held, session.open(queue).contact().id(), "the dead window's lease ran out");
    }

    @Test
    void undoIsRefusedOnceAnotherCallerHasOpenedOrChangedTheCompany() {
        // A company with two numbers in a queue of its own: "wrong number" on the first leaves it
        // callable at once on the second, in nobody's working list, so Борис can be given it.
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(new app.obzvon.contact.NewContact("Два номера",
                "Пётр",
                List.of("+7 495 100-00-01", "+7 495 100-00-02"), "Москва", "Москва", TestBase.ZONE,
                CompanySize.SMALL, "Торговля", "test"))));
        var twoNumbers = base.inTx(tx -> base.services.queues().add(tx,
                app.obzvon.queue.NewQueue.ofMembers("Два номера", 80)));
        base.addMembers(twoNumbers, 2 * ROUNDS + 201);
        var anna = base.services.callingSession();
        var first = anna.open(twoNumbers).contact();
        var logged = anna.log(first.id(), base.outcome("wrong_number"), CallDetails.none(), base.clock.instant());
        assertEquals(first.id(), logged.next().contact().id(), "the second number, at once");
        anna.open(anna.queues().get(0));

        var other = borisWindow().callingSession();
        var borisShown = other.open(twoNumbers).contact();
        assertEquals(first.id(), borisShown.id(), "Анна moved on: Борис is given it");
        assertEquals(Undo.CHANGED_SINCE, anna.undo(logged.call()).result(), "Борис has it on screen");

        other.log(borisShown.id(), base.outcome("busy"), CallDetails.none(), base.clock.instant());
        assertEquals(Undo.CHANGED_SINCE, anna.undo(logged.call()).result(), "Борис changed it");
        assertEquals(2, base.inTx(tx -> base.services.calls().history(tx, first.id())).size(), "both calls stay");
    }

    @Test
    void undoTakesBackOnlyOnesOwnCallAndKeepsItAsUndone() {
        var anna = base.services.callingSession();
        var first = anna.open(anna.queues().get(0)).contact();
        var logged = anna.log(first.id(), base.outcome("busy"), CallDetails.none(), base.clock.instant());

        var other = borisWindow().callingSession();
        other.open(other.queues().get(0));
        assertEquals(Undo.NOT_YOURS, other.undo(logged.call()).result());

        assertEquals(Undo.UNDONE, anna.undo(logged.call()).result());
        var dsl = base.services.database().dsl();
        assertEquals(0, dsl.fetchCount(CALLS));
        var undone = dsl.fetchOne("SELECT id, caller_id, undone_by FROM undone_calls");
        assertEquals(logged.call().id(), ((Number) undone.get(0)).longValue(), "the undone call is kept");
        assertEquals(base.supervisor.id(), ((Number) undone.get(2)).longValue());
    }

    @Test
    void aCompanyLeftPastItsLeaseAndTakenByAnotherIsNotLoggedTwice() {
        var anna = base.services.callingSession();
        var shown = anna.open(anna.queues().get(0)).contact();
        base.clock.advance(Claims.LEASE.plusMinutes(1));

        var other = borisWindow().callingSession();
        assertEquals(shown.id(), other.open(other.queues().get(0)).contact().id(), "the lease ran out");

        assertThrows(ContactTakenException.class,
                () -> anna.log(shown.id(), base.outcome("not_interested"), CallDetails.none(), base.clock.instant()));
        assertEquals(0, base.services.database().dsl().fetchCount(CALLS), "nothing was logged");
    }

    @Test
    void onlyTheCompanyOnThisScreenCanBeLogged() {
        var anna = base.services.callingSession();
        var shown = anna.open(anna.queues().get(0)).contact();

        assertThrows(ContactTakenException.class,
                () -> anna.log(shown.id() + 5, base.outcome("busy"), CallDetails.none(), base.clock.instant()));
        assertEquals(0, base.services.database().dsl().fetchCount(CALLS));
        anna.log(shown.id(), base.outcome("busy"), CallDetails.none(), base.clock.instant());
        assertEquals(1, base.services.database().dsl().fetchCount(CALLS));
    }

    private Process worker(int rounds, boolean halt) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-cp", classpath, ClaimsWorker.class.getName(),
                base.file.toString(), Long.toString(boris.id()), "1357", Integer.toString(rounds),
                Long.toString(base.clock.millis())));
        if (halt) {
            command.add("halt");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static List<String> readAll(Process process) throws Exception {
        var lines = new ArrayList<String>();
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith("SLF4J") && !line.startsWith("[")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static void assertDisjoint(List<Long> a, List<Long> b) {
        Set<Long> both = new HashSet<>(a);
        both.retainAll(new HashSet<>(b));
        assertEquals(Set.of(), both, "companies shown to both windows");
        assertEquals(a.size(), new HashSet<>(a).size(), "a company came back within one window");
    }
}
