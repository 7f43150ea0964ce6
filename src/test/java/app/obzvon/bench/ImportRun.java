package app.obzvon.bench;

import app.obzvon.Services;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.SourceOptions;
import app.obzvon.persistence.Database;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The import figure's child JVM, started with the app's JVM options: each round imports the CSV
 * through the app into a fresh empty base, and writes the same rows with plain JDBC into another
 * ({@link ImportFloor}), taking turns at going first. Prints a ROUND line per round; the suite reads them.
 * Arguments: the CSV, a work folder, the number of rounds, the CSV's data rows.
 */
public final class ImportRun {

    private ImportRun() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int rows = Integer.parseInt(args[3]);
        String fileName = csv.getFileName().toString();
        for (int round = 1; round <= rounds; round++) {
            Path imported = folder.resolve("import-" + round + ".db");
            Path floor = folder.resolve("floor-" + round + ".db");
            BenchBase.delete(imported);
            BenchBase.delete(floor);
            double importSeconds;
            double floorSeconds;
            long peak;
            if (round % 2 == 1) {
                resetPeaks();
                importSeconds = importOnce(imported, csv);
                peak = peakHeap();
                floorSeconds = ImportFloor.write(floor, fileName, rows);
            } else {
                floorSeconds = ImportFloor.write(floor, fileName, rows);
                resetPeaks();
                importSeconds = importOnce(imported, csv);
                peak = peakHeap();
            }
            var importRows = counts(imported);
            var floorRows = counts(floor);
            BenchBase.delete(imported);
            BenchBase.delete(floor);
            if (!importRows.equals(floorRows)) {
                System.out.println("MISMATCH the floor stored " + floorRows + " rows, the import " + importRows);
                System.exit(3);
            }
            System.out.printf(Locale.ROOT, "ROUND %d import=%.3f floor=%.3f peakHeapMb=%d rows=%s%n", round,
                    importSeconds, floorSeconds, peak >> 20, importRows);
        }
    }

    /** The app's import, as the command line and the wizard run it, into a fresh base. */
    private static double importOnce(Path database, Path csv) {
        try (var services = Services.open(database, Clock.systemDefaultZone())) {
            // A fresh base's first supervisor, signed in before the clock starts: loading is theirs.
            services.signIn().createFirstSupervisor("Анна Смирнова", BaseGenerator.PIN);
            var importer = services.importer();
            var options = SourceOptions.detect();
            long started = System.nanoTime();
            var mapping = importer.preview(csv, options).mapping();
            var result = importer.importFile(csv, options, mapping, QueueTarget.none(), Progress.NONE);
            double seconds = Stats.secondsSince(started);
            var s = result.summary();
            System.out.printf(Locale.ROOT, "  read %,d, imported %,d, duplicates %,d, rejected %,d%n", s.rowsRead(),
                    s.toImport(), s.duplicatesInFile() + s.duplicatesInBase(), s.rejected());
            return seconds;
        }
    }

    /** Contacts, phones and extra fields stored. */
    static List<Integer> counts(Path database) {
        try (var db = Database.open(database)) {
            var dsl = db.dsl();
            var counts = new ArrayList<Integer>();
            for (var table : List.of("contacts", "contact_phones", "contact_fields")) {
                counts.add(((Number) dsl.fetchValue("SELECT count(*) FROM " + table)).intValue());
            }
            return counts;
        }
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
}
