package app.obzvon.bench;

import app.obzvon.queue.CallQueue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The caller screen's figures, per queue kind, each on a fresh copy of the base: opening the queue,
 * then outcome + next contact over thousands of rounds beside the raw JDBC floor on the same file,
 * then opening the queue again; on the narrow queue also the progress counters and call history
 * after its rounds.
 */
final class OutcomeFigures {

    static final double OPEN_BUDGET_MS = 100;
    static final double P50_ALLOWANCE_MS = 2;
    static final double P99_ALLOWANCE_MS = 5;
    static final double READ_BUDGET_MS = 5;
    /** Typing the PIN to the first contact: the slow hash is most of it, and meant to be. */
    static final double SIGN_IN_BUDGET_MS = 1_000;
    private static final int OPEN_WARMUP = 3;
    private static final int OPENS = 20;
    private static final int READS = 200;
    /** Fewer measured rounds than this make no p99. */
    private static final int MIN_ROUNDS = 100;

    private final BenchConfig config;
    private final BenchBase base;
    private final FigureTable table;

    OutcomeFigures(BenchConfig config, BenchBase base, FigureTable table) {
        this.config = config;
        this.base = base;
        this.table = table;
    }

    void run() throws Exception {
        if (config.queues().contains("whole")) {
            measure("whole", BaseGenerator.WHOLE, false);
        }
        if (config.queues().contains("narrow")) {
            measure("narrow", BaseGenerator.NARROW, true);
        }
        if (config.queues().contains("members")) {
            measure("members", BaseGenerator.MEMBERS, false);
        }
    }

    private void measure(String kind, String queueName, boolean reads) throws Exception {
        System.out.printf(Locale.ROOT, "%n[%s queue] copying the base%n", kind);
        var copy = base.copyTo(config.work(), "outcomes-" + kind);
        var clock = base.clock();
        try {
            OutcomeRounds.Result rounds;
            try (var loop = new CallerLoop(copy, clock)) {
                var queue = loop.queues().stream().filter(q -> q.name().equals(queueName)).findFirst().orElseThrow();
                if (config.wants("open") && kind.equals("whole")) {
                    table.add(Figure.budgeted("sign-in: PIN (PBKDF2) + the caller screen, first in the JVM",
                            loop.signInMillis(), "ms", 0, SIGN_IN_BUDGET_MS, null));
                }
                if (config.wants("open")) {
                    open(kind, "start of day", loop, queue);
                }
                if (!config.wants("outcomes")) {
                    return;
                }
                System.out.printf(Locale.ROOT, "[%s queue] %d + %d rounds of outcome + next contact%n", kind,
                        config.warmup(), config.rounds());
                long started = System.nanoTime();
                rounds = new OutcomeRounds(loop, clock).run(loop.open(queue), config.warmup(), config.rounds());
                System.out.printf(Locale.ROOT, "[%s queue] rounds took %.1f s; contacts dispensed: %s%n", kind,
                        Stats.secondsSince(started), rounds.dispensed());
                if (rounds.millis().size() < MIN_ROUNDS) {
                    table.add(Figure.failed("outcome + next, " + kind, rounds.stoppedEarly()
                            + " (a base this small needs fewer -Dbench.rounds)"));
                    return;
                }
                if (reads) {
                    reads(kind, loop, queue, rounds.shown());
                }
                // Again once the day's due callbacks are worked: what a caller switching queues meets most of the day.
                if (config.wants("open")) {
                    open(kind, "after the rounds", loop, queue);
                }
            }
            // The floor after the app, on the same file, with the app's connection closed.
            var floor = RawFloor.run(copy, rounds.written(), config.warmup());
            double floor50 = Stats.percentile(floor, 50);
            double floor99 = Stats.percentile(floor, 99);
            // A small development base can run a queue dry; the figure then says over how many rounds.
            String over = rounds.stoppedEarly() == null ? ""
                    : String.format(Locale.ROOT, " (%,d rounds: queue ran empty)", rounds.millis().size());
            table.add(Figure.budgeted("outcome + next p50, " + kind + over, Stats.percentile(rounds.millis(), 50), "ms",
                    1, floor50 + P50_ALLOWANCE_MS, "floor p50 + 2 ms"));
            table.add(Figure.budgeted("outcome + next p99, " + kind + over, Stats.percentile(rounds.millis(), 99), "ms",
                    1, floor99 + P99_ALLOWANCE_MS, "floor p99 + 5 ms"));
            table.add(Figure.info("raw JDBC floor p50, " + kind, floor50, "ms", 1));
            table.add(Figure.info("raw JDBC floor p99, " + kind, floor99, "ms", 1));
        } finally {
            BenchBase.delete(copy);
        }
    }

    /** Choosing the queue again and again, warm: what Ctrl+L and a pick cost. */
    private void open(String kind, String when, CallerLoop loop, CallQueue queue) {
        var millis = new ArrayList<Double>();
        for (int i = 0; i < OPEN_WARMUP + OPENS; i++) {
            long started = System.nanoTime();
            loop.open(queue);
            if (i >= OPEN_WARMUP) {
                millis.add(Stats.millisSince(started));
            }
        }
        table.add(Figure.budgeted("open queue, " + when + " (warm, median), " + kind, Stats.median(millis), "ms", 1,
                OPEN_BUDGET_MS, null));
    }

    /** After the rounds: today's progress in the queue, and the history of the contacts the rounds showed. */
    private void reads(String kind, CallerLoop loop, CallQueue queue, List<Long> shown) {
        table.add(Figure.budgeted("progress counters (median), " + kind, medianOf(() -> {
            loop.progress(queue);
            return null;
        }, READS), "ms", 2, READ_BUDGET_MS, null));
        // The last contacts the rounds showed, each read once: they have the base's calls plus the round's.
        var millis = new ArrayList<Double>();
        for (long id : shown.subList(Math.max(0, shown.size() - READS), shown.size())) {
            long started = System.nanoTime();
            loop.history(id);
            millis.add(Stats.millisSince(started));
        }
        table.add(Figure.budgeted("call history (median), " + kind, Stats.median(millis), "ms", 2, READ_BUDGET_MS,
                null));
    }

    private static double medianOf(Supplier<Void> read, int times) {
        var millis = new ArrayList<Double>();
        for (int i = 0; i < times + 3; i++) {
            long started = System.nanoTime();
            read.get();
            if (i >= 3) {
                millis.add(Stats.millisSince(started));
            }
        }
        return Stats.median(millis);
    }
}
