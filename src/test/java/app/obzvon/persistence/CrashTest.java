package app.obzvon.persistence;

import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The power cord pulled mid-round, again and again: a caller's process ({@link CrashedCaller})
 * logs outcomes on a real base and is killed (SIGKILL on Linux: no shutdown hook, no close, no
 * checkpoint) at a random moment, then started again on the same file. Every outcome it
 * acknowledged must be in the base afterwards, each with its contact's new state, and the file
 * must be sound. The moments come from a seed, printed with any failure: rerun with
 * {@code -Dcrash.seed=N}.
 */
class CrashTest {

    private static final int KILLS = 20;
    private static final Pattern ACKNOWLEDGED = Pattern.compile("acknowledged (\\d+) (\\d+) \\.");

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyAcknowledgedCallSurvivesAKill() throws Exception {
        long seed = Long.getLong("crash.seed", new Random().nextLong());
        var random = new Random(seed);
        long began = System.nanoTime();
        Path file;
        long supervisor;
        try (var base = new TestBase(folder)) {
            CrashedCaller.addCompanies(base.services);
            base.queue(QueueFilter.any());
            file = base.file;
            supervisor = base.supervisor.id();
        }

        long prepared = System.nanoTime();
        long starting = 0;
        Map<Long, Long> acknowledged = new LinkedHashMap<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            long started = System.nanoTime();
            var caller = new Caller(file, supervisor);
            try {
                if (!caller.firstAcknowledged.await(30, TimeUnit.SECONDS)) {
                    fail(because(seed, "run " + kill + " never logged a call:\n" + caller.output()));
                }
                starting += System.nanoTime() - started;
                long logging = 100 + random.nextInt(501);
                Thread.sleep(logging);
                boolean wasRunning = caller.process.isAlive();
                caller.kill();
                assertTrue(wasRunning && !caller.output().contains("queue empty"), because(seed,
                        "run " + kill + " stopped before its kill at " + logging + " ms:\n" + caller.output()));
            } finally {
                // A failed or timed-out run leaves no caller logging on.
                caller.process.destroyForcibly();
            }
            acknowledged.putAll(caller.acknowledged());
        }

        try (var base = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(List.of("ok"), rows(base, "PRAGMA integrity_check"), because(seed, "integrity_check"));
            var stored = new HashMap<Long, Long>();
            for (var row : rows(base, "SELECT id || ' ' || contact_id FROM calls")) {
                var parts = row.split(" ");
                stored.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
            acknowledged.forEach((call, contact) -> assertEquals(contact, stored.get(call),
                    because(seed, "acknowledged call " + call + " of contact " + contact)));
            // The call and the contact's new state are one transaction: no half of one survives a kill.
            assertEquals(List.of("0"), rows(base, "SELECT count(*) FROM contacts c"
                            + " WHERE attempts <> (SELECT count(*) FROM calls WHERE contact_id = c.id)"),
                    because(seed, "contacts whose attempts disagree with their calls"));
        }
        System.out.printf("CrashTest: %d kills, %d acknowledged calls, all stored (seed %d); base made in %d ms,"
                        + " a start to its first call %d ms on average, %d ms in all%n", KILLS, acknowledged.size(), seed,
                (prepared - began) / 1_000_000, starting / KILLS / 1_000_000, (System.nanoTime() - began) / 1_000_000);
    }

    private static String because(long seed, String what) {
        return what + " [seed " + seed + "; rerun with -Dcrash.seed=" + seed + "]";
    }

    private static List<String> rows(java.sql.Connection base, String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (var statement = base.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    /** One run of the caller's process, its output read as it comes (the pipe must never fill). */
    private static final class Caller {

        final Process process;
        final CountDownLatch firstAcknowledged = new CountDownLatch(1);
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        Caller(Path file, long supervisor) throws IOException {
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // The window's quick start options: the runs are mostly JVM starts.
            process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m",
                    "-cp", classpath, CrashedCaller.class.getName(), file.toString(), Long.toString(supervisor))
                    .redirectErrorStream(true).start();
            reader = new Thread(this::read, "crashed-caller-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (ACKNOWLEDGED.matcher(line).matches()) {
                        firstAcknowledged.countDown();
                    }
                }
            } catch (IOException e) {
                // The process was killed: what was read is all there is.
            }
        }

        /** SIGKILL, then everything it wrote before it died. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed caller did not end");
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        /** Call id → contact id, for every whole acknowledgement line. */
        Map<Long, Long> acknowledged() {
            var calls = new LinkedHashMap<Long, Long>();
            synchronized (lines) {
                for (var line : lines) {
                    var m = ACKNOWLEDGED.matcher(line);
                    if (m.matches()) {
                        calls.put(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
                    }
                }
            }
            return calls;
        }
    }
}
