package app.obzvon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Obzvon's benchmark suite: {@code mvn -Pbench verify}. Generates (once) a base of a million
 * contacts and five million calls, measures what a caller and a supervisor wait for against their
 * budgets, prints one line per figure, and exits 1 when any figure is OVER or could not be measured.
 * Scale and subset for development: -Dbench.contacts, -Dbench.calls, -Dbench.rounds, -Dbench.only,
 * -Dbench.queues.
 */
public final class BenchmarkSuite {

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        var config = BenchConfig.fromSystem();
        printMachine(config);
        var table = new FigureTable();
        Files.createDirectories(config.work());
        BenchBase base = null;
        if (config.needsBase()) {
            base = BaseGenerator.base(config);
            System.out.println("  " + base.info().getProperty("summary").replace("; ", "\n  "));
            System.out.println("  " + base.info().getProperty("mix"));
        }
        var chosen = base;
        if (config.wants("outcomes") || config.wants("open")) {
            measure(table, "outcomes/open", () -> new OutcomeFigures(config, chosen, table).run());
        }
        if (config.wants("startup")) {
            measure(table, "startup", () -> new ColdStartFigures(config, chosen, table).run());
        }
        if (config.wants("import")) {
            measure(table, "import", () -> new ImportFigures(config, table).run());
        }
        if (config.wants("handover")) {
            measure(table, "handover", () -> new HandoverFigures(config, chosen, table).run());
        }
        if (config.wants("dashboard")) {
            measure(table, "dashboard", () -> new DashboardFigures(config, chosen, table).run());
        }
        System.out.println();
        table.print(System.out);
        // The cores may be shared: the load says how quiet the machine was.
        System.out.printf(Locale.ROOT, "%nsuite took %.1f min; %s%n", Stats.secondsSince(started) / 60, load());
        System.exit(table.anyFailing() ? 1 : 0);
    }

    private interface Measurement {
        void run() throws Exception;
    }

    /** A group that breaks fails its line in the table; the other groups still run. */
    private static void measure(FigureTable table, String group, Measurement measurement) {
        try {
            measurement.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            table.add(Figure.failed(group, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())));
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static void printMachine(BenchConfig config) {
        System.out.printf(Locale.ROOT, "Obzvon benchmark suite: %,d contacts, %,d calls, %,d rounds; figures: %s;"
                        + " queues: %s%n", config.contacts(), config.calls(), config.rounds(),
                String.join(",", BenchConfig.GROUPS.stream().filter(config::wants).toList()),
                String.join(",", BenchConfig.QUEUES.stream().filter(config.queues()::contains).toList()));
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, %s %s (%s), %s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        System.out.println("cache: " + config.cache() + "   work: " + config.work() + "   " + load());
    }

    private static String load() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU (no /proc/cpuinfo)";
        }
    }
}
