package app.obzvon.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Cold starts in fresh JVMs, the bare JavaFX window and the app taking turns: from the process
 * start to the window shown, and for the app on to its caller screen with the first contact; then
 * the resident memory two seconds later. One unmeasured pair first, so the jar is in the page cache.
 */
final class ColdStartFigures {

    static final double WINDOW_FACTOR = 1.5;
    static final double SCREEN_FACTOR = 2.0;
    static final double RSS_BUDGET_MB = 300;
    private static final String TRACE = "obzvon-startup ";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final BenchConfig config;
    private final BenchBase base;
    private final FigureTable table;

    ColdStartFigures(BenchConfig config, BenchBase base, FigureTable table) {
        this.config = config;
        this.base = base;
        this.table = table;
    }

    /** One start: milliseconds to the window and to the first real screen, the screen, and the RSS. */
    private record Start(double window, double ready, String screen, double rssMb) {
    }

    void run() throws Exception {
        System.out.printf(Locale.ROOT, "%n[cold start] copying the base%n");
        Path copy = base.copyTo(config.work(), "startup");
        try (var display = Display.open(config)) {
            System.out.println("[cold start] display: " + display.description());
            var bare = new ArrayList<Start>();
            var app = new ArrayList<Start>();
            for (int round = 0; round <= config.startupRounds(); round++) {
                var b = start(display, bareCommand(display), BareWindow.SHOWN, null);
                var a = start(display, appCommand(display, copy), TRACE + "window-shown", TRACE + "ready ");
                System.out.printf(Locale.ROOT, "[cold start] %s: bare %.0f ms (%.0f MB); app window %.0f ms,"
                                + " %s %.0f ms (%.0f MB)%n", round == 0 ? "warm-up" : "round " + round, b.window(),
                        b.rssMb(), a.window(), a.screen(), a.ready(), a.rssMb());
                if (round > 0) {
                    bare.add(b);
                    app.add(a);
                }
            }
            report(bare, app);
        } finally {
            BenchBase.delete(copy);
        }
    }

    private void report(List<Start> bare, List<Start> app) {
        double bareWindow = Stats.median(bare.stream().map(Start::window).toList());
        table.add(Figure.info("cold start: bare JavaFX window (median)", bareWindow, "ms", 0));
        table.add(Figure.budgeted("cold start: app window shown (median)",
                Stats.median(app.stream().map(Start::window).toList()), "ms", 0, WINDOW_FACTOR * bareWindow,
                "1.5 × bare"));
        // Since sign-in came, the first screen a caller can act on is the sign-in (the caller
        // screen follows the PIN: see "sign-in" in the outcome figures).
        var wrong = app.stream().map(Start::screen).filter(s -> !s.equals("SIGN_IN")).findFirst();
        if (wrong.isPresent()) {
            table.add(Figure.failed("cold start: sign-in screen",
                    "the app showed " + wrong.get() + " instead of the sign-in"));
            table.add(Figure.failed("resident memory: app on the sign-in screen", "no sign-in screen"));
        } else {
            table.add(Figure.budgeted("cold start: sign-in screen, the base open (median)",
                    Stats.median(app.stream().map(Start::ready).toList()), "ms", 0, SCREEN_FACTOR * bareWindow,
                    "2 × bare"));
            table.add(Figure.budgeted("resident memory: app on the sign-in screen (median)",
                    Stats.median(app.stream().map(Start::rssMb).toList()), "MB", 0, RSS_BUDGET_MB, null));
        }
        table.add(Figure.info("resident memory: bare JavaFX window (median)",
                Stats.median(bare.stream().map(Start::rssMb).toList()), "MB", 0));
    }

    private Start start(Display display, List<String> command, String shown, String ready) throws Exception {
        try (var child = ChildJvm.start(command, display.environment(), line -> { })) {
            var window = child.await(line -> line.startsWith(shown), TIMEOUT);
            if (window == null) {
                throw new IllegalStateException("no '" + shown + "' within " + TIMEOUT.toSeconds() + " s:\n"
                        + child.output());
            }
            var screen = ready == null ? window : child.await(line -> line.startsWith(ready), TIMEOUT);
            if (screen == null) {
                throw new IllegalStateException("no '" + ready + "' within " + TIMEOUT.toSeconds() + " s:\n"
                        + child.output());
            }
            Thread.sleep(SETTLE.toMillis());
            String name = ready == null ? "window" : screen.text().substring(ready.length()).strip();
            return new Start(child.millisTo(window), child.millisTo(screen), name, child.residentMegabytes());
        }
    }

    /** The app as its launcher starts it, on a copy of the base, printing its startup trace. */
    private List<String> appCommand(Display display, Path database) {
        return Stream.of(List.of(ChildJvm.java()), ChildJvm.appJvmOptions(config), display.jvmOptions(),
                        // The base's own moment (a weekday's working hours), not the machine's clock: on
                        // a Sunday night every company is outside its calling hours.
                        // No day's backup: a copy of a gigabyte beside each run would be measured too.
                        List.of("-Dobzvon.trace.startup=true", "-Dobzvon.clock=" + base.now(), "-Dobzvon.backup.daily=false",
                                "-cp", classpath(display, config.jar()), "app.obzvon.Main",
                                "--db", database.toString()))
                .flatMap(List::stream).toList();
    }

    /**
     * The bare window: the same jar (JavaFX inside) plus the suite's classes, and no options of ours:
     * a JavaFX window as any JavaFX program starts it is the baseline, not the app's tuning.
     */
    private List<String> bareCommand(Display display) {
        return Stream.of(List.of(ChildJvm.java()), display.jvmOptions(),
                        List.of("-cp", classpath(display, config.jar(), config.testClasses()),
                                BareWindow.Launcher.class.getName()))
                .flatMap(List::stream).toList();
    }

    private static String classpath(Display display, Path... entries) {
        return ChildJvm.classpath(Stream.concat(Stream.of(entries), display.classpath().stream()).toArray(Path[]::new));
    }
}
