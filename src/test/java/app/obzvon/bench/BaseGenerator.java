package app.obzvon.bench;

import app.obzvon.Services;
import app.obzvon.call.Outcome;
import app.obzvon.contact.CompanySize;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.SourceOptions;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import app.obzvon.contact.ContactStatus;
import app.obzvon.queue.WorkRules;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes the benchmark's base once and keeps it in the cache folder: the CSV loaded through the
 * app's own import, callers, scripts and three queues through the app's services, then months of
 * calls with plain JDBC ({@link CallHistory}). The file name carries a hash of the migrations, the
 * generator's version and the scale, so a new migration or a generator change makes a new base.
 */
final class BaseGenerator {

    /** The PIN of the base's first supervisor, who is the caller the suite measures. */
    static final String PIN = "2468";

    /** Bump on any change to what the generator writes. */
    static final int VERSION = 5;
    static final String WHOLE = "Вся база";
    static final String NARROW = "Крупные, Новосибирская область";
    static final String MEMBERS = "Выставка «Стройэкспо»";
    /** Calls one caller makes in a working day: the team is as large as the calls' months need. */
    private static final int CALLS_PER_CALLER_DAY = 250;

    private BaseGenerator() {
    }

    /** The cached base for this scale, generated first when there is none. */
    static BenchBase base(BenchConfig config) throws Exception {
        Files.createDirectories(config.cache());
        String name = "base-" + config.contacts() + "-" + config.calls() + "-" + key(config);
        Path file = config.cache().resolve(name + ".db");
        Path infoFile = config.cache().resolve(name + ".properties");
        if (Files.exists(file) && Files.exists(infoFile)) {
            var info = load(infoFile);
            System.out.printf(Locale.ROOT, "base: %s (cached; generated in %s s)%n", file, info.getProperty("seconds"));
            return new BenchBase(file, Instant.ofEpochMilli(Long.parseLong(info.getProperty("now"))), info);
        }
        System.out.println("base: generating " + file);
        others(config.cache(), name);
        long started = System.nanoTime();
        Path csv = csv(config, BaseCsv.rowsFor(config.contacts()));
        Path temporary = config.cache().resolve(name + ".db.tmp");
        BenchBase.delete(temporary);
        var now = weekdayAfternoon(Instant.now());
        var info = new Properties();
        info.setProperty("now", Long.toString(now.toEpochMilli()));
        fill(temporary, csv, now, config, info);
        info.setProperty("seconds", String.format(Locale.ROOT, "%.0f", Stats.secondsSince(started)));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (Writer out = Files.newBufferedWriter(infoFile, StandardCharsets.UTF_8)) {
            info.store(out, "obzvon benchmark base");
        }
        System.out.printf(Locale.ROOT, "base: generated in %s s%n", info.getProperty("seconds"));
        return new BenchBase(file, now, info);
    }

    /**
     * The base's "now": the last Wednesday before {@code real}, 13:00 in Moscow. Inside the calling
     * hours of all but the farthest east (Vladivostok's have just closed), so the figures include
     * the calling-hours check at work, whatever day the suite runs.
     */
    static Instant weekdayAfternoon(Instant real) {
        var moscow = ZoneId.of("Europe/Moscow");
        var day = real.atZone(moscow).toLocalDate().minusDays(1);
        while (day.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
            day = day.minusDays(1);
        }
        return day.atTime(13, 0).atZone(moscow).toInstant();
    }

    /** The first {@code rows} rows of {@link BaseCsv}, kept in the cache too. */
    static Path csv(BenchConfig config, int rows) throws IOException {
        Files.createDirectories(config.cache());
        Path file = config.cache().resolve("base-" + rows + "-v" + VERSION + ".csv");
        if (!Files.exists(file)) {
            long started = System.nanoTime();
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            BaseCsv.write(temporary, rows);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf(Locale.ROOT, "  wrote %,d CSV rows (%.0f MB) in %.1f s%n", rows, Files.size(file) / 1e6,
                    Stats.secondsSince(started));
        }
        return file;
    }

    private static void fill(Path database, Path csv, Instant now, BenchConfig config, Properties info)
            throws Exception {
        // The base was loaded eight months before "now"; its calls came after.
        var loadedAt = Clock.fixed(now.minus(Duration.ofDays(250)), ZoneId.systemDefault());
        int whole;
        int narrow;
        int members;
        List<Outcome> outcomes;
        int firstMember = (int) (config.contacts() * 0.45) + 1;
        int lastMember = firstMember + config.contacts() / 10 - 1;
        int callers = Math.max(5, Math.round(config.calls() / 180f / CALLS_PER_CALLER_DAY));
        info.setProperty("callers", Integer.toString(callers));
        try (var services = Services.open(database, loadedAt)) {
            // The workstation's caller (id 1) is the base's first supervisor: the suite signs in as them.
            services.signIn().createFirstSupervisor("Анна Смирнова", PIN);
            long started = System.nanoTime();
            var importer = services.importer();
            var options = SourceOptions.detect();
            var result = importer.importFile(csv, options, importer.preview(csv, options).mapping(), QueueTarget.none(),
                    Progress.NONE);
            var s = result.summary();
            System.out.printf(Locale.ROOT, "  imported %,d of %,d rows in %.1f s (duplicates %,d, rejected %,d)%n",
                    s.toImport(), s.rowsRead(), Stats.secondsSince(started), s.duplicatesInFile(), s.rejected());
            if (s.toImport() != config.contacts()) {
                throw new IllegalStateException("the import made " + s.toImport() + " contacts, not " + config.contacts());
            }
            var dsl = services.database().dsl();
            // About 28,000 calls a day at the default scale: a team of a hundred or so, of whom the
            // workstation's caller (id 1) is one, so its "today" is one caller's day.
            for (int id = 2; id <= callers; id++) {
                dsl.execute("INSERT INTO callers (id, name, created_at) VALUES (?, ?, ?)", id, "Оператор " + id,
                        loadedAt.millis());
            }
            long coldCall = services.scripts().importText(demoScript("cold-call.ru.md")).scriptId();
            long retail = services.scripts().importText(demoScript("retail.ru.md")).scriptId();
            var queues = services.queues();
            var db = services.database();
            whole = (int) db.inTransaction(tx -> queues.add(tx, new NewQueue(WHOLE, QueueFilter.any(), false, coldCall,
                    200))).id();
            narrow = (int) db.inTransaction(tx -> queues.add(tx, new NewQueue(NARROW, new QueueFilter(Set.of(),
                    Set.of(CompanySize.LARGE), null, BaseCsv.NARROW_REGION, null), false, retail, 120))).id();
            members = (int) db.inTransaction(tx -> queues.add(tx, new NewQueue(MEMBERS, QueueFilter.any(), true,
                    coldCall, 150))).id();
            // The day's mix the rounds replay is 44% callbacks: a working list of 70 would fill within
            // the warm-up and stop new companies, so the figures would measure another round. A full
            // list only skips a query; the limit's cost (counting the list) is measured all the same.
            var unlimited = new WorkRules(WorkRules.MAX_WORKING_LIST, 30, ContactStatus.STRATEGIC_RESERVE, false);
            for (int queue : List.of(whole, narrow, members)) {
                db.inTransaction(tx -> {
                    queues.setWork(tx, queue, unlimited);
                    return null;
                });
            }
            // A members-only queue is what an import into a new queue makes: one contiguous load.
            dsl.execute("INSERT INTO queue_members (queue_id, contact_id) SELECT ?, id FROM contacts"
                    + " WHERE id BETWEEN ? AND ?", members, firstMember, lastMember);
            outcomes = db.inTransaction(tx -> services.outcomes().active(tx));
        }
        var history = new CallHistory(outcomes, callers, config.calls());
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            try (var pragma = connection.createStatement()) {
                // Generation only: a crash here throws the file away anyway.
                pragma.execute("PRAGMA synchronous = OFF");
                pragma.execute("PRAGMA cache_size = -1048576");
            }
            connection.setAutoCommit(false);
            long callsStarted = System.nanoTime();
            var mix = history.write(connection, now, config.calls() / (double) config.contacts(),
                    (id, size, region) -> {
                        boolean stays = Math.floorMod(id * 2_654_435_761L >>> 8, 10) < 7;
                        if (id >= firstMember && id <= lastMember && stays) {
                            return members;
                        }
                        return size.equals("LARGE") && region.equals(BaseCsv.NARROW_REGION) && stays ? narrow : whole;
                    });
            System.out.printf(Locale.ROOT, "  wrote the calls and contact states in %.1f s%n",
                    Stats.secondsSince(callsStarted));
            workingLists(connection, now);
            connection.setAutoCommit(true);
            info.setProperty("mix", BaseSummary.mix(mix));
            info.setProperty("summary", BaseSummary.describe(connection, now, whole, narrow, members));
            try (var pragma = connection.createStatement()) {
                pragma.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    /**
     * The working lists as the rules would have left them: a company in Contact 1–3 is its last
     * caller's for 30 days from that call (its callback too), and one whose 30 days have passed went
     * to the strategic reserve, as the deadline would have sent it.
     */
    private static void workingLists(java.sql.Connection connection, Instant now) throws java.sql.SQLException {
        long deadline = Duration.ofDays(30).toMillis();
        try (var s = connection.createStatement()) {
            s.execute("UPDATE contacts SET owner_id = (SELECT c.caller_id FROM calls c WHERE c.contact_id = contacts.id"
                    + " ORDER BY c.logged_at DESC, c.id DESC LIMIT 1),"
                    + " work_until = (SELECT max(c.logged_at) FROM calls c WHERE c.contact_id = contacts.id) + " + deadline
                    + " WHERE status IN ('CONTACT_1', 'CONTACT_2', 'CONTACT_3')");
            s.execute("UPDATE contacts SET status = 'STRATEGIC_RESERVE', owner_id = NULL, work_until = NULL,"
                    + " next_call_at = NULL, next_call_kind = NULL WHERE work_until < " + now.toEpochMilli());
            // A callback of a qualified company (a booked meeting) is its caller's, with no deadline.
            s.execute("UPDATE contacts SET owner_id = (SELECT c.caller_id FROM calls c WHERE c.contact_id = contacts.id"
                    + " ORDER BY c.logged_at DESC, c.id DESC LIMIT 1)"
                    + " WHERE next_call_kind = 'CALLBACK' AND owner_id IS NULL");
        }
        connection.commit();
    }

    /**
     * Says what else the cache holds, and leaves it: checkouts with other migrations share the cache
     * and may be using their bases right now, so only a person deletes one.
     */
    private static void others(Path cache, String keep) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            var other = files.filter(f -> !f.getFileName().toString().startsWith(keep + ".")).toList();
            long bytes = 0;
            for (var f : other) {
                bytes += Files.size(f);
            }
            if (!other.isEmpty()) {
                System.out.printf(Locale.ROOT, "  the cache also holds %d other files (%.1f GB): other scales,"
                        + " migrations or generator versions; delete those no checkout needs%n", other.size(), bytes / 1e9);
            }
        }
    }

    private static String demoScript(String file) throws IOException {
        try (InputStream in = BaseGenerator.class.getResourceAsStream("/demo/scripts/" + file)) {
            if (in == null) {
                throw new IOException("no demo script " + file + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The migrations' contents, the generator's version and the scale. */
    private static String key(BenchConfig config) throws IOException, NoSuchAlgorithmException {
        var digest = MessageDigest.getInstance("SHA-256");
        digest.update(("v" + VERSION + ";" + config.contacts() + ";" + config.calls()).getBytes(StandardCharsets.UTF_8));
        Path migrations = config.basedir().resolve("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(migrations)) {
            for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private static Properties load(Path file) throws IOException {
        var info = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            info.load(in);
        }
        return info;
    }
}
