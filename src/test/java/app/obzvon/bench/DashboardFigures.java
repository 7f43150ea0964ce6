package app.obzvon.bench;

import app.obzvon.Services;
import app.obzvon.figures.Period;
import app.obzvon.figures.TeamFigures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The supervisor's dashboard on the generated base, in process and warm: its refresh every three
 * seconds (today: each caller's day, the team's leads, and today's calls per hour, funnel and
 * coaching), and what it reads once when opened or switched between 7 and 30 days (the days before
 * today, which the refreshes add today to): the first opening keeps the closed days, the later
 * ones read them kept.
 */
final class DashboardFigures {

    static final double REFRESH_BUDGET_MS = 200;
    static final double OPENING_BUDGET_MS = 200;
    private static final int WARMUP = 3;
    private static final int READS = 15;

    private final BenchConfig config;
    private final BenchBase base;
    private final FigureTable table;

    DashboardFigures(BenchConfig config, BenchBase base, FigureTable table) {
        this.config = config;
        this.base = base;
        this.table = table;
    }

    void run() throws Exception {
        System.out.printf(Locale.ROOT, "%n[dashboard] copying the base%n");
        var copy = base.copyTo(config.work(), "dashboard");
        var clock = base.clock();
        try (var services = Services.open(copy, clock)) {
            services.signIn().signIn(1, BaseGenerator.PIN);
            var figures = services.teamFigures();
            var today = figures.today();
            System.out.printf(Locale.ROOT, "[dashboard] today: %d callers, %,d calls%n", today.callers().size(),
                    today.period().team().calls());
            table.add(Figure.budgeted("dashboard refresh: today (board, hours, funnel, coaching; median)",
                    median(figures::today), "ms", 1, REFRESH_BUDGET_MS, "every 3 s"));
            for (int days : new int[] {7, 30}) {
                var before = before(figures, clock.getZone(), clock.instant(), days);
                long started = System.nanoTime();
                int calls = before.get().team().calls();
                table.add(Figure.info("dashboard opening, " + days + " days: the first, which keeps the closed days",
                        Stats.millisSince(started), "ms", 1));
                System.out.printf(Locale.ROOT, "[dashboard] the %d days before today: %,d calls%n", days - 1, calls);
                table.add(Figure.budgeted("dashboard opening, " + days + " days: the days before today, read once (median)",
                        median(before), "ms", 1, OPENING_BUDGET_MS, "when opened"));
            }
        } finally {
            BenchBase.delete(copy);
        }
    }

    /** What the dashboard reads once for a trend of so many days: the days before today (today is live). */
    private static Supplier<Period> before(TeamFigures figures, ZoneId zone, Instant now, int days) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant from = today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
        return () -> figures.period(from, today.atStartOfDay(zone).toInstant());
    }

    private static double median(Supplier<?> read) {
        var millis = new ArrayList<Double>();
        for (int i = 0; i < WARMUP + READS; i++) {
            long started = System.nanoTime();
            read.get();
            if (i >= WARMUP) {
                millis.add(Stats.millisSince(started));
            }
        }
        return Stats.median(millis);
    }
}
