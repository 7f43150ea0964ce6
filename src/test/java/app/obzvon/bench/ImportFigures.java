package app.obzvon.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The import of a million CSV rows through the app beside its floor, SQLite writing the same rows
 * into the same schema: both in one child JVM with the app's JVM options ({@link ImportRun}), a
 * fresh empty base each time, median of the rounds.
 */
final class ImportFigures {

    static final double FACTOR = 1.5;
    private static final Pattern ROUND = Pattern.compile(
            "ROUND \\d+ import=([0-9.]+) floor=([0-9.]+) peakHeapMb=(\\d+) rows=.*");

    private final BenchConfig config;
    private final FigureTable table;

    ImportFigures(BenchConfig config, FigureTable table) {
        this.config = config;
        this.table = table;
    }

    void run() throws Exception {
        int rows = config.contacts();
        System.out.printf(Locale.ROOT, "%n[import] %,d CSV rows, %d rounds of import and floor%n", rows,
                config.importRounds());
        var csv = BaseGenerator.csv(config, rows);
        var folder = config.work().resolve("import");
        Files.createDirectories(folder);
        var command = Stream.of(List.of(ChildJvm.java()), ChildJvm.appJvmOptions(config),
                List.of("-cp", ChildJvm.classpath(config.jar(), config.testClasses()), ImportRun.class.getName(),
                        csv.toString(), folder.toString(), Integer.toString(config.importRounds()),
                        Integer.toString(rows))).flatMap(List::stream).toList();
        var imports = new ArrayList<Double>();
        var floors = new ArrayList<Double>();
        int peak = 0;
        try (var child = ChildJvm.start(command, Map.of(), line -> {
            if (!line.contains(" INFO ") && !line.startsWith("INFO")) {
                System.out.println("  | " + line);
            }
        })) {
            for (int round = 1; round <= config.importRounds(); round++) {
                var line = child.await(text -> text.startsWith("ROUND ") || text.startsWith("MISMATCH"),
                        Duration.ofMinutes(20));
                if (line == null || line.text().startsWith("MISMATCH")) {
                    throw new IllegalStateException(line == null ? "the import child stopped:\n" + child.output()
                            : line.text());
                }
                var m = ROUND.matcher(line.text());
                if (!m.matches()) {
                    throw new IllegalStateException("cannot read " + line.text());
                }
                imports.add(Double.parseDouble(m.group(1)));
                floors.add(Double.parseDouble(m.group(2)));
                peak = Math.max(peak, Integer.parseInt(m.group(3)));
            }
            int exit = child.waitFor(Duration.ofMinutes(1));
            if (exit != 0) {
                throw new IllegalStateException("the import child exited with " + exit);
            }
        }
        double floor = Stats.median(floors);
        table.add(Figure.budgeted(String.format(Locale.ROOT, "import %,d CSV rows (median of %d)", rows,
                imports.size()), Stats.median(imports), "s", 2, FACTOR * floor, "1.5 × floor"));
        table.add(Figure.info("import floor: SQLite writing the same rows (median)", floor, "s", 2));
        table.add(Figure.info("import peak heap", peak, "MB", 0));
    }
}
