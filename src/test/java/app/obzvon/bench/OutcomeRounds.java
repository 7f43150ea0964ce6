package app.obzvon.bench;

import app.obzvon.call.CallDetails;
import app.obzvon.call.CallbackTimes;
import app.obzvon.call.Outcome;
import app.obzvon.contact.ContactState;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.RefusalReason;
import app.obzvon.script.ScriptPath;
import app.obzvon.script.ScriptWalk;
import app.obzvon.settings.CallingRules;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A caller's key presses in one queue: log an outcome for the contact on screen (a realistic mix,
 * with the details each asks for and a short way through the script), then the next screen. Each
 * round is timed from the key to the next screen read. Also keeps, for the raw JDBC floor, the
 * rows each round wrote.
 */
final class OutcomeRounds {

    /** What one round wrote, for the floor to write the same. */
    record Written(long contactId, long queueId, Outcome outcome, long startedAt, long loggedAt, CallDetails details,
                   ContactState before, ContactState after) {
    }

    /** The measured rounds' times, every round's rows, the contacts shown, and which kind of contact came. */
    record Result(List<Double> millis, List<Written> written, List<Long> shown, Map<String, Integer> dispensed,
                  String stoppedEarly) {
    }

    private static final String[] NOTES = {"Просил перезвонить после 15:00", "Отправить КП на info@", "ЛПР — Ирина"};

    private final CallerLoop loop;
    private final Clock clock;
    private final Map<String, Outcome> outcomes;
    private final SplittableRandom random = new SplittableRandom(20_260_101);

    OutcomeRounds(CallerLoop loop, Clock clock) {
        this.loop = loop;
        this.clock = clock;
        this.outcomes = loop.outcomes().stream().collect(Collectors.toMap(Outcome::code, Function.identity()));
    }

    Result run(CallerLoop.Screen opened, int warmup, int rounds) {
        var millis = new ArrayList<Double>(rounds);
        var written = new ArrayList<Written>(warmup + rounds);
        var shown = new ArrayList<Long>();
        var dispensed = new TreeMap<String, Integer>();
        var screen = opened;
        for (int round = 0; round < warmup + rounds; round++) {
            if (screen.contact() == null) {
                return new Result(millis, written, shown, dispensed, "the queue ran empty after " + round + " rounds");
            }
            var before = screen.contact().state();
            dispensed.merge(kind(before), 1, Integer::sum);
            var choice = choose(screen);
            long started = System.nanoTime();
            var next = loop.logAndNext(screen, choice.outcome(), choice.details());
            double took = Stats.millisSince(started);
            // Outside the timing: what the round wrote, by the app's own rules, for the floor to repeat.
            long loggedAt = next.shownAt().toEpochMilli();
            var applied = choice.outcome().applyTo(before, choice.details(), next.shownAt(), CallingRules.DEFAULT,
                    screen.contact().timeZone() != null ? screen.contact().timeZone() : java.time.ZoneId.systemDefault());
            var after = applied.withWork(screen.queue().work().after(before, applied, 1, screen.queue().id(),
                    next.shownAt()));
            written.add(new Written(screen.contact().id(), screen.queue().id(), choice.outcome(),
                    screen.shownAt().toEpochMilli(), loggedAt, choice.details(), before, after));
            if (round >= warmup) {
                millis.add(took);
                shown.add(screen.contact().id());
            }
            screen = next;
        }
        return new Result(millis, written, shown, dispensed, null);
    }

    private record Choice(Outcome outcome, CallDetails details) {
    }

    /** The outcome mix of a working day, each with what its key asks for, a note now and then, and the script walked. */
    private Choice choose(CallerLoop.Screen screen) {
        int pick = random.nextInt(100);
        var now = clock.instant();
        ZoneId zone = screen.contact().timeZone() != null ? screen.contact().timeZone() : clock.getZone();
        String code;
        CallDetails details;
        if (pick < 35) {
            code = "no_answer";
            details = CallDetails.none();
        } else if (pick < 45) {
            code = "busy";
            details = CallDetails.none();
        } else if (pick < 50) {
            code = "call_back";
            details = new CallDetails(null, CallbackTimes.inOneHour(now), null);
        } else if (pick < 55) {
            code = "call_back";
            details = new CallDetails(null, CallbackTimes.tomorrowMorning(now, zone), null);
        } else if (pick < 70) {
            code = "not_interested";
            details = new CallDetails(null, null, RefusalReason.values()[random.nextInt(RefusalReason.values().length)]);
        } else if (pick < 75) {
            code = "wrong_number";
            details = CallDetails.none();
        } else if (pick < 85) {
            code = "qualified_lead";
            details = CallDetails.none();
        } else if (pick < 93) {
            code = "meeting_booked";
            details = new CallDetails(null, CallbackTimes.tomorrowMorning(now, zone)
                    .plus(Duration.ofDays(random.nextInt(5))), null);
        } else if (pick < 95) {
            code = "do_not_call";
            details = CallDetails.none();
        } else {
            code = "no_answer";
            details = CallDetails.none();
        }
        var outcome = outcomes.get(code);
        boolean spoke = outcome.conversation();
        String note = spoke && random.nextInt(4) == 0 ? NOTES[random.nextInt(NOTES.length)] : null;
        return new Choice(outcome, details.withNote(note).withScript(spoke ? walk(screen) : start(screen)));
    }

    /** A conversation goes two or three steps into the script (objections included, as they come). */
    private ScriptPath walk(CallerLoop.Screen screen) {
        if (screen.script() == null) {
            return null;
        }
        var walk = new ScriptWalk(screen.script().script());
        int steps = 1 + random.nextInt(3);
        for (int i = 0; i < steps; i++) {
            var step = walk.current().orElse(null);
            if (step == null || step.ends() || !walk.answer(random.nextInt(step.answers().size()))) {
                break;
            }
        }
        return new ScriptPath(screen.script().id(), walk.path());
    }

    /** No one answered: the script is on its first step, which is what the screen records. */
    private static ScriptPath start(CallerLoop.Screen screen) {
        return screen.script() == null ? null
                : new ScriptPath(screen.script().id(), new ScriptWalk(screen.script().script()).path());
    }

    private static String kind(ContactState state) {
        if (state.nextCallKind() == NextCallKind.CALLBACK) {
            return "callback";
        }
        if (state.nextCallKind() == NextCallKind.RETRY) {
            return "retry";
        }
        return state.attempts() == 0 ? "never called" : "other";
    }
}
