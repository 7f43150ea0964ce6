package app.obzvon.calling;

import app.obzvon.Services;
import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.call.CallDetails;
import app.obzvon.call.Outcome;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.RefusalReason;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.SourceOptions;
import app.obzvon.queue.WorkRules;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.ServerBases;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A team on one server: fifty callers, each in a window of their own (their own {@link Services}, so
 * their own pool of connections), work one queue of twenty thousand companies as fast as they can,
 * for thousands of outcomes in all. No company is ever on two screens at once, no outcome that was
 * acknowledged is missing, nothing fails; the time of each key press (claim + log) and the throughput
 * are printed and kept in {@code target/concurrency-figures.txt}.
 *
 * <p>{@code -Dobzvon.concurrency.rounds=N} (outcomes per caller, 100 by default) and
 * {@code -Dobzvon.concurrency.callers=N} (50) for a longer or wider run.
 */
@PostgresTest
class ServerConcurrencyTest {

    static final int CALLERS = Integer.getInteger("obzvon.concurrency.callers", 50);
    static final int ROUNDS = Integer.getInteger("obzvon.concurrency.rounds", 100);
    /** Enough companies that no caller runs dry: twenty thousand, or more for a longer run. */
    static final int COMPANIES = Math.max(20_000, CALLERS * ROUNDS * 5 / 4);

    @TempDir
    Path folder;

    /** One company on one screen, from the moment the step that showed it returned until its outcome was asked for. */
    record Shown(long contactId, int window, long from, long until) {
    }

    /** What one window saw and did. */
    static final class Window {
        final int index;
        final List<Shown> shown = new ArrayList<>();
        final List<Long> logged = new ArrayList<>();
        final List<Long> nanos = new ArrayList<>();
        int taken;
        int claimTries;
        int claimed;

        Window(int index) {
            this.index = index;
        }
    }

    @Test
    void fiftyCallersOnOneServerNeverShareACompanyAndLoseNoOutcome(PostgresDatabase database) throws Exception {
        var address = ServerBases.address(database);
        Clock clock = TestBase.mondayMorning();
        List<Person> callers;
        long queueId;
        String serverVersion;
        long setupStarted = System.nanoTime();
        try (var office = Services.open(address, null, clock, TestBase.QUICK_HASH)) {
            office.signIn().createFirstSupervisor("Анна", TestBase.PIN);
            callers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                callers.add(office.people().add("Оператор " + (i + 1), Role.CALLER, pin(i), Set.of()));
            }
            // The base comes as a supervisor loads it: a file, through the importer, into a queue of
            // its own that every caller is given.
            var csv = folder.resolve("base.csv");
            var lines = new StringBuilder("Компания;Телефон;Город\n");
            for (int i = 0; i < COMPANIES; i++) {
                lines.append("ООО «Компания ").append(i + 1).append("»;")
                        .append(String.format(Locale.ROOT, "+7 495 %03d-%02d-%02d", 100 + i / 10_000,
                                i / 100 % 100, i % 100)).append(";Москва\n");
            }
            Files.writeString(csv, lines, StandardCharsets.UTF_8);
            var importer = office.importer();
            var options = SourceOptions.detect();
            var imported = importer.importFile(csv, options, importer.preview(csv, options).mapping(),
                    QueueTarget.newQueue("Холодная база"), Progress.NONE);
            assertEquals(COMPANIES, imported.imported(), imported.summary().toString());
            queueId = imported.queueId();
            // Room in every working list for all the callbacks a long run agrees.
            office.database().inTransaction(tx -> {
                office.queues().setWork(tx, queueId, new WorkRules(WorkRules.MAX_WORKING_LIST, 30,
                        ContactStatus.STRATEGIC_RESERVE, false));
                return null;
            });
            serverVersion = String.valueOf(office.database().dsl().fetchValue("show server_version"));
        }
        long setupMillis = (System.nanoTime() - setupStarted) / 1_000_000;

        // Fifty windows, each signed in as its caller, before the clock starts.
        var windows = new ArrayList<Services>();
        var figures = new ArrayList<Window>();
        var errors = new ConcurrentLinkedQueue<Throwable>();
        var pool = Executors.newFixedThreadPool(CALLERS);
        try {
            for (int i = 0; i < CALLERS; i++) {
                var services = Services.open(address, null, clock, TestBase.QUICK_HASH);
                windows.add(services);
                services.signIn().signIn(callers.get(i).id(), pin(i));
                figures.add(new Window(i));
            }
            var start = new CountDownLatch(1);
            var server = watchServer(database);
            var rounds = new ArrayList<Future<?>>();
            for (int i = 0; i < CALLERS; i++) {
                var services = windows.get(i);
                var window = figures.get(i);
                rounds.add(pool.submit(() -> {
                    try {
                        start.await();
                        work(services, window, queueId, clock);
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                    return null;
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            for (var round : rounds) {
                round.get(10, TimeUnit.MINUTES);
            }
            long elapsed = System.nanoTime() - started;
            server.running.set(false);
            server.thread.join();

            assertEquals(List.of(), errors.stream().map(ServerConcurrencyTest::describe).toList(),
                    "no window met an unexpected exception");
            try (var c = database.connect()) {
                var windowOf = new HashMap<Long, Integer>();
                for (int i = 0; i < CALLERS; i++) {
                    windowOf.put(callers.get(i).id(), i);
                }
                check(c, figures, windowOf);
            }
            report(figures, elapsed, setupMillis, server, serverVersion);
        } finally {
            pool.shutdownNow();
            windows.forEach(Services::close);
        }
    }

    /** One caller's round: the queue opened, then an outcome and the next company, ROUNDS times. */
    private static void work(Services services, Window window, long queueId, Clock clock) throws Exception {
        var session = services.callingSession();
        var outcomes = session.outcomes().stream().collect(Collectors.toMap(Outcome::code, o -> o));
        var queue = session.queues().stream().filter(q -> q.id() == queueId).findFirst().orElseThrow();
        var random = new Random(7919L * (window.index + 1));
        // How many claims this window tried (one upsert each) and how many it kept: the difference is
        // the claims lost to another PC that committed between the look and the claim.
        try (var ignored = services.database().watch(s -> {
            if (s.sql().regionMatches(true, 0, "insert into claims", 0, 18)) {
                window.claimTries++;
            }
        })) {
            var shown = session.open(queue).contact();
            long shownAt = System.nanoTime();
            for (int round = 0; round < ROUNDS; round++) {
                assertTrue(shown != null, "the queue ran dry for window " + window.index);
                window.claimed++;
                var choice = choose(random, clock, outcomes);
                long asked = System.nanoTime();
                try {
                    var logged = session.log(shown.id(), choice.outcome(), choice.details(), clock.instant());
                    long answered = System.nanoTime();
                    window.shown.add(new Shown(shown.id(), window.index, shownAt, asked));
                    window.logged.add(logged.call().id());
                    window.nanos.add(answered - asked);
                    shown = logged.next().contact();
                    shownAt = answered;
                } catch (ContactTakenException e) {
                    // Not logged (the step rolled back): counted, and the queue opened again.
                    window.shown.add(new Shown(shown.id(), window.index, shownAt, asked));
                    window.taken++;
                    shown = session.open(queue).contact();
                    shownAt = System.nanoTime();

                }
            }
            if (shown != null) {
                window.claimed++;
            }
            session.leave();
        }
    }

    record Choice(Outcome outcome, CallDetails details) {
    }

    /**
     * A day's mix: mostly nobody answers, some are busy, some agree a callback in an hour, some
     * refuse (with a reason), a few are leads, a few numbers are wrong or ask not to be called.
     */
    private static Choice choose(Random random, Clock clock, Map<String, Outcome> outcomes) {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return new Choice(outcomes.get("no_answer"), CallDetails.none());
        }
        if (roll < 55) {
            return new Choice(outcomes.get("busy"), CallDetails.none());
        }
        if (roll < 70) {
            return new Choice(outcomes.get("call_back"), new CallDetails("перезвонить через час",
                    clock.instant().plus(Duration.ofHours(1)), null));
        }
        if (roll < 85) {
            var reasons = RefusalReason.values();
            return new Choice(outcomes.get("not_interested"), new CallDetails(null, null,
                    reasons[random.nextInt(reasons.length)]));
        }
        if (roll < 91) {
            return new Choice(outcomes.get("qualified_lead"), CallDetails.none().withNote("ждут КП"));
        }
        if (roll < 96) {
            return new Choice(outcomes.get("wrong_number"), CallDetails.none());
        }
        return new Choice(outcomes.get("do_not_call"), CallDetails.none());
    }

    /** What the windows saw against what the base holds. */
    private static void check(Connection c, List<Window> windows, Map<Long, Integer> windowOf) throws Exception {
        // 0 companies on two screens at once.
        var byContact = new HashMap<Long, List<Shown>>();
        windows.forEach(w -> w.shown.forEach(s -> byContact.computeIfAbsent(s.contactId(), k -> new ArrayList<>())
                .add(s)));
        var twice = new ArrayList<String>();
        for (var entry : byContact.entrySet()) {
            var list = entry.getValue();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    var a = list.get(i);
                    var b = list.get(j);
                    if (a.window() != b.window() && a.from() < b.until() && b.from() < a.until()) {
                        twice.add("company " + entry.getKey() + " on windows " + a.window() + " and " + b.window());
                    }
                }
            }
        }
        assertEquals(List.of(), twice, "companies on two screens at once");

        // 0 outcomes lost: every acknowledged log has its row, and there is no other.
        var acknowledged = new HashSet<Long>();
        windows.forEach(w -> acknowledged.addAll(w.logged));
        int logs = windows.stream().mapToInt(w -> w.logged.size()).sum();
        assertEquals(logs, acknowledged.size(), "every call has an id of its own");
        var rows = new HashMap<Long, long[]>();
        try (var s = c.createStatement();
             var rs = s.executeQuery("SELECT id, contact_id, caller_id FROM calls")) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)});
            }
        }
        var missing = new HashSet<>(acknowledged);
        missing.removeAll(rows.keySet());
        assertEquals(Set.of(), missing, "acknowledged outcomes missing from the base");
        assertEquals(logs, rows.size(), "the calls table holds exactly the acknowledged outcomes");

        // Each call's company was on the screen of the caller who logged it.
        var shownTo = windows.stream().flatMap(w -> w.shown.stream())
                .map(s -> s.contactId() + "@" + s.window()).collect(Collectors.toSet());
        var strangers = rows.entrySet().stream()
                .filter(e -> !shownTo.contains(e.getValue()[0] + "@" + windowOf.get(e.getValue()[1])))
                .map(e -> "call " + e.getKey()).toList();
        assertEquals(List.of(), strangers, "calls on a company its caller was not shown");

        // Never half a step: each company's version counts its calls (the call and the change are one).
        try (var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM contacts c WHERE c.version <> (SELECT count(*) FROM calls"
                     + " WHERE calls.contact_id = c.id)")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "companies whose state and calls disagree");
        }
        // Every window let go of its company at the end.
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM claims")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "claims left after every window left");
        }
    }

    /** What the server's own view (pg_stat_activity) showed while the windows worked, sampled every 50 ms. */
    static final class ServerSamples {
        final AtomicBoolean running = new AtomicBoolean(true);
        volatile int peakConnections;
        volatile int samples;
        /** Sum over the samples of the windows' steps in progress, and of those waiting for another's lock. */
        volatile long busy;
        volatile long waitingForLock;
        Thread thread;
    }

    private static ServerSamples watchServer(PostgresDatabase database) {
        var samples = new ServerSamples();
        samples.thread = new Thread(() -> {
            try (var c = database.connect(); var s = c.prepareStatement("SELECT count(*),"
                    + " count(*) FILTER (WHERE state <> 'idle'),"
                    + " count(*) FILTER (WHERE wait_event_type = 'Lock')"
                    + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                while (samples.running.get()) {
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        samples.peakConnections = Math.max(samples.peakConnections, rs.getInt(1));
                        samples.busy += rs.getInt(2);
                        samples.waitingForLock += rs.getInt(3);
                        samples.samples++;
                    }
                    Thread.sleep(50);
                }
            } catch (Exception e) {
                // Only figures: the test's checks do not depend on them.
            }
        }, "server-samples");
        samples.thread.setDaemon(true);
        samples.thread.start();
        return samples;
    }

    private static void report(List<Window> windows, long elapsedNanos, long setupMillis, ServerSamples server,
                               String serverVersion) throws Exception {
        long[] nanos = windows.stream().flatMap(w -> w.nanos.stream()).mapToLong(Long::longValue).sorted().toArray();
        int logs = nanos.length;
        int taken = windows.stream().mapToInt(w -> w.taken).sum();
        int tries = windows.stream().mapToInt(w -> w.claimTries).sum();
        int claimed = windows.stream().mapToInt(w -> w.claimed).sum();
        double seconds = elapsedNanos / 1e9;
        var line = String.format(Locale.ROOT,
                "server concurrency: %d callers x %d rounds = %d outcomes in %.1f s, %.0f outcomes/s;"
                        + " claim + log p50 %.1f ms, p99 %.1f ms, max %.1f ms; 0 companies on two screens,"
                        + " 0 outcomes lost; %d claims lost to another PC and looked again, %d ContactTakenException;"
                        + " on the server: peak %d connections, %.1f steps in progress and %.1f of them waiting for a"
                        + " row lock on average; PostgreSQL %s, %d cores, %s %s; setup %.1f s",
                windows.size(), ROUNDS, logs, seconds, logs / seconds, percentile(nanos, 50) / 1e6,
                percentile(nanos, 99) / 1e6, nanos[nanos.length - 1] / 1e6, tries - claimed, taken, server.peakConnections,
                (double) server.busy / Math.max(1, server.samples),
                (double) server.waitingForLock / Math.max(1, server.samples),
                serverVersion, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), setupMillis / 1e3);
        System.out.println(line);
        var target = Path.of(System.getProperty("basedir", "."), "target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("concurrency-figures.txt"), line + System.lineSeparator()
                + "cpu: " + cpu() + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String pin(int caller) {
        return String.format(Locale.ROOT, "%04d", 1000 + caller);
    }

    private static String describe(Throwable e) {
        var out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
