package app.obzvon.importing;

import app.obzvon.persistence.Database;
import app.obzvon.persistence.JooqContactRepository;
import app.obzvon.persistence.JooqImportRepository;
import app.obzvon.persistence.JooqQueueRepository;
import app.obzvon.team.Caller;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_FIELDS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;

/**
 * Times the import of {@link BenchmarkBase} (a million rows unless told otherwise) against the
 * floor: the same contacts inserted through the same batches, with no reading or normalizing.
 * Run in its own JVM with the heap it is judged by: {@code ImportBenchmarkTest} forks it with -Xmx256m.
 * Prints one line per round and a RESULT line with the medians.
 */
public final class ImportBenchmark {

    private static final int ROUNDS = 3;

    /** A timed pass and the rows it left in contacts, contact_phones and contact_fields. */
    private record Run(double seconds, List<Integer> rows) {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path file = folder.resolve("benchmark.csv");
        long started = System.nanoTime();
        BenchmarkBase.write(file, rows);
        System.out.printf(Locale.ROOT, "Generated %d rows, %.0f MB, in %.1f s; %d cores, max heap %d MB%n", rows,
                Files.size(file) / 1e6, seconds(started), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        var imports = new ArrayList<Double>();
        var floors = new ArrayList<Double>();
        long peak = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            resetPeaks();
            long gcBefore = gcMillis();
            var imported = importOnce(folder.resolve("import-" + round + ".db"), file);
            peak = Math.max(peak, peakHeap());
            System.out.printf(Locale.ROOT, "  garbage collection during the import: %.2f s%n",
                    (gcMillis() - gcBefore) / 1e3);
            var floor = floorOnce(folder.resolve("floor-" + round + ".db"), rows);
            if (!imported.rows().equals(floor.rows())) {
                throw new IllegalStateException("The floor stored other rows: " + floor.rows() + " against "
                        + imported.rows());
            }
            imports.add(imported.seconds());
            floors.add(floor.seconds());
            System.out.printf(Locale.ROOT, "Round %d: import %.2f s, floor %.2f s (contacts, phones, fields: %s)%n",
                    round, imported.seconds(), floor.seconds(), imported.rows());
        }
        double importMedian = median(imports);
        double floorMedian = median(floors);
        System.out.printf(Locale.ROOT, "RESULT import=%.2f s floor=%.2f s ratio=%.2f rows/s=%.0f peakHeap=%d MB%n",
                importMedian, floorMedian, importMedian / floorMedian, rows / importMedian, peak >> 20);
    }

    private static Run importOnce(Path databaseFile, Path file) {
        try (var database = Database.open(databaseFile)) {
            var clock = Clock.systemUTC();
            var queues = new JooqQueueRepository(database.dsl(), new JooqContactRepository(database.dsl(), clock), clock);
            var importer = new Importer(database, new JooqImportRepository(database.dsl()), queues, clock);
            var options = SourceOptions.detect();
            long started = System.nanoTime();
            var mapping = importer.preview(file, options).mapping();
            var result = importer.importFile(file, options, mapping, QueueTarget.none(), Progress.NONE);
            double seconds = seconds(started);
            var s = result.summary();
            System.out.printf("  read %d, imported %d, duplicates in file %d, in base %d, rejected %d %s%n",
                    s.rowsRead(), result.imported(), s.duplicatesInFile(), s.duplicatesInBase(), s.rejected(),
                    s.reasons());
            return new Run(seconds, rows(database));
        }
    }

    /** The same contacts through the same writer in one transaction: what the database alone costs. */
    private static Run floorOnce(Path databaseFile, int rows) {
        try (var database = Database.open(databaseFile)) {
            var repository = new JooqImportRepository(database.dsl());
            long started = System.nanoTime();
            database.inTransaction(() -> {
                try (var writer = repository.start("benchmark.csv", Clock.systemUTC().instant(), Caller.DEFAULT_ID)) {
                    for (int i = 0; i < rows; i++) {
                        var contact = BenchmarkBase.row(i).contact();
                        if (contact != null) {
                            writer.add(contact);
                        }
                    }
                    return writer.finish(new ImportSummary(0, 0, 0, 0, 0, Map.of(), List.of()), null);
                }
            });
            return new Run(seconds(started), rows(database));
        }
    }

    private static List<Integer> rows(Database database) {
        return List.of(database.dsl().fetchCount(CONTACTS), database.dsl().fetchCount(CONTACT_PHONES),
                database.dsl().fetchCount(CONTACT_FIELDS));
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: a little above the true peak, never below. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
