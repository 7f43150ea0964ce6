package app.obzvon.bench;

import app.obzvon.call.CallDetails;
import app.obzvon.call.CallbackTimes;
import app.obzvon.call.Outcome;
import app.obzvon.contact.ContactState;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.RefusalReason;
import app.obzvon.settings.CallingRules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One contact's calls over the months before "now", and the state they leave it in. Every state
 * comes from the app's own rules ({@link Outcome#applyTo}, the default {@link CallingRules}), so
 * what the dispenser sees is what the app would have left after these calls.
 *
 * <p>The rules bound the shape: a no-answer or busy brings a contact back only while it has had
 * fewer than 5 attempts, so a sixth call and later ones follow a promised callback. Reaching the
 * asked-for number of calls (5 per contact at the default scale, so about 7 per contact called)
 * therefore takes many callbacks; the suite prints the mix it made.
 */
final class CallPlan {

    /** Share of contacts called at least once; the rest were never called. */
    static final double CALLED = 0.70;
    static final CallingRules RULES = CallingRules.DEFAULT;
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long MONTHS = 180 * DAY;

    /** How a called contact's calling ended, with its share of the called contacts. */
    enum Ending {
        QUALIFIED(0.09), MEETING(0.07), REFUSED(0.26), WRONG_NUMBER(0.08), DO_NOT_CALL(0.03),
        EXHAUSTED(0.27), RETRY_PENDING(0.15), CALLBACK_PENDING(0.05);

        final double share;

        Ending(double share) {
            this.share = share;
        }
    }

    /**
     * Of the pending retries, the share whose 2-hour delay has not passed yet: those were called in the
     * last two hours, and the team's two hours are about 1.5% of them. (Retries due pile up: the
     * dispenser gives them only once no never-called contact is left.)
     */
    private static final double RETRY_NOT_DUE = 0.015;
    /**
     * Of the pending callbacks, the share already due: callers work their callbacks daily, so few are
     * (about 200 in a million contacts); a caller's day is mostly new contacts, as the rounds' mix then is.
     */
    private static final double CALLBACK_DUE = 0.006;
    /** Of the endings that allow it, the share settled within the first four calls. */
    private static final double SHORT = 0.20;
    private static final String[] NOTES = {"Секретарь, просила перезвонить", "ЛПР в отпуске до понедельника",
            "Интересно, прислать КП на почту", "Работают с конкурентом, договор до конца года",
            "Просили не звонить в обед", "Номер бухгалтерии, спросить добавочный"};

    /** What the plan produces: each call in the order made, then the contact's final state. */
    interface Sink {
        void call(int contactId, Outcome outcome, long startedAt, long loggedAt, CallDetails details,
                  ContactState before);

        void state(int contactId, ContactState after);
    }

    private final Map<String, Outcome> outcomes;
    private final long now;
    private final double extraCalls;

    /**
     * @param callsPerContact the mean number of calls per contact to aim at (calls / contacts)
     */
    CallPlan(List<Outcome> outcomes, Instant now, double callsPerContact) {
        this.outcomes = outcomes.stream().collect(Collectors.toMap(Outcome::code, Function.identity()));
        this.now = now.toEpochMilli();
        this.extraCalls = extraCallsFor(callsPerContact / CALLED);
    }

    /**
     * The span E of the calls after the fifth (0..E, at most 10 so no contact has over 15 calls) that
     * gives the mean per called contact: pending retries have 1-4 calls (mean 2.5), exhausted ones
     * 5+extra, the rest 1-4 (SHORT) or 5+extra, where extra averages E/2.
     */
    private static double extraCallsFor(double perCalled) {
        double longOnes = Ending.EXHAUSTED.share + (1 - Ending.EXHAUSTED.share - Ending.RETRY_PENDING.share) * (1 - SHORT);
        double shortOnes = 1 - longOnes;
        double meanLong = (perCalled - shortOnes * 2.5) / longOnes;
        return Math.max(0, Math.min(10, 2 * (meanLong - 5)));
    }

    void plan(int contactId, ZoneId zone, Sink sink) {
        var random = new SplittableRandom(0x5EED_0B2B_0DL ^ (contactId * 0x9E37_79B9_7F4A_7C15L));
        if (random.nextDouble() >= CALLED) {
            return;
        }
        var ending = ending(random.nextDouble());
        int calls = calls(ending, random);
        long last;
        Instant callback = null;
        switch (ending) {
            case RETRY_PENDING -> last = random.nextDouble() < RETRY_NOT_DUE
                    ? now - 60_000 - (long) (random.nextDouble() * (RULES.retryDelay().toMillis() - 120_000))
                    : now - RULES.retryDelay().toMillis() - (long) (random.nextDouble() * MONTHS);
            case CALLBACK_PENDING -> {
                if (random.nextDouble() < CALLBACK_DUE) {
                    last = now - 2 * DAY - (long) (random.nextDouble() * 28 * DAY);
                    callback = random.nextBoolean() ? CallbackTimes.inOneHour(Instant.ofEpochMilli(last))
                            : CallbackTimes.tomorrowMorning(Instant.ofEpochMilli(last), zone);
                } else {
                    last = now - (long) (random.nextDouble() * 10 * DAY);
                    // A day and time the prospect named, within the next two weeks.
                    LocalDate day = Instant.ofEpochMilli(now).atZone(zone).toLocalDate().plusDays(1 + random.nextInt(14));
                    callback = CallbackTimes.at(day, workingTime(random), zone);
                }
            }
            default -> last = now - (long) (random.nextDouble() * MONTHS);
        }
        // The calls before the last one: simulated once to see when the last one fell due, then again
        // moved by whole days so it falls due just before the last call (whole days keep "tomorrow 10:00").
        long seed = random.nextLong();
        long start = last - 400 * DAY;
        var trial = earlier(contactId, zone, calls - 1, start, new SplittableRandom(seed), null);
        long days = calls == 1 ? 0 : Math.floorDiv(last - trial.dueAt(), DAY);
        var before = earlier(contactId, zone, calls - 1, start + days * DAY, new SplittableRandom(seed), sink);
        var outcome = last(ending, random);
        var details = switch (ending) {
            case CALLBACK_PENDING -> new CallDetails(null, callback, null);
            case MEETING -> new CallDetails(null, CallbackTimes.tomorrowMorning(Instant.ofEpochMilli(last), zone)
                    .plus(Duration.ofDays(random.nextInt(7))), null);
            case REFUSED -> new CallDetails(null, null, reason(random));
            default -> CallDetails.none();
        };
        sink.state(contactId, record(contactId, outcome, last, details, before.state(), random, sink));
    }

    /** The calls before the last one: when the next call fell due after them, and the contact's state then. */
    private record Earlier(long dueAt, ContactState state) {
    }

    /**
     * Makes {@code count} calls from {@code start}, each when the one before brought the contact
     * back. With a null sink nothing is recorded, but the same random numbers are drawn.
     */
    private Earlier earlier(int contactId, ZoneId zone, int count, long start, SplittableRandom random, Sink sink) {
        var state = initial();
        long at = start + (long) (random.nextDouble() * 8 * HOUR);
        for (int call = 1; call <= count; call++) {
            // From the fifth attempt on, only a promised callback brings the contact back.
            boolean callback = call >= RULES.maxAttempts() || random.nextDouble() < 0.08;
            Outcome outcome;
            CallDetails details = CallDetails.none();
            if (callback) {
                outcome = outcomes.get("call_back");
                var when = Instant.ofEpochMilli(at);
                double pick = random.nextDouble();
                var callbackAt = pick < 0.35 ? CallbackTimes.inOneHour(when)
                        : pick < 0.75 ? CallbackTimes.tomorrowMorning(when, zone)
                        : CallbackTimes.at(when.atZone(zone).toLocalDate().plusDays(2 + random.nextInt(6)),
                                workingTime(random), zone);
                details = new CallDetails(null, callbackAt, null);
            } else {
                outcome = outcomes.get(random.nextDouble() < 0.8 ? "no_answer" : "busy");
            }
            state = record(contactId, outcome, at, details, state, random, sink);
            long due = state.nextCallAt().toEpochMilli();
            // A retry waits for a free caller (up to three days); a callback is kept to within minutes.
            at = due + (long) (callback ? random.nextDouble() * 20 * 60_000 : Math.pow(random.nextDouble(), 2) * 3 * DAY);
        }
        return new Earlier(count == 0 ? start : state.nextCallAt().toEpochMilli(), state);
    }

    /** One call at {@code at} (recorded unless the sink is null): its note, its length, the state it leaves. */
    private ContactState record(int contactId, Outcome outcome, long at, CallDetails details, ContactState before,
                                SplittableRandom random, Sink sink) {
        boolean conversation = outcome.conversation();
        String note = random.nextDouble() < (conversation ? 0.20 : 0.03) ? NOTES[random.nextInt(NOTES.length)] : null;
        int seconds = conversation ? 30 + random.nextInt(390) : 5 + random.nextInt(35);
        var withNote = details.withNote(note);
        var after = outcome.applyTo(before, withNote, Instant.ofEpochMilli(at), RULES, ZONE);
        if (sink != null) {
            sink.call(contactId, outcome, at - seconds * 1000L, at, withNote, before);
        }
        return after;
    }

    private static ContactState initial() {
        return new ContactState(ContactStatus.NEW, 0, null, null, false, null);
    }

    private static Ending ending(double pick) {
        double sum = 0;
        for (var ending : Ending.values()) {
            sum += ending.share;
            if (pick < sum) {
                return ending;
            }
        }
        return Ending.CALLBACK_PENDING;
    }

    private int calls(Ending ending, SplittableRandom random) {
        int extra = (int) (random.nextDouble() * (extraCalls + 1));
        return switch (ending) {
            case RETRY_PENDING -> 1 + random.nextInt(RULES.maxAttempts() - 1);
            case EXHAUSTED -> RULES.maxAttempts() + extra;
            default -> random.nextDouble() < SHORT ? 1 + random.nextInt(RULES.maxAttempts() - 1)
                    : RULES.maxAttempts() + extra;
        };
    }

    private Outcome last(Ending ending, SplittableRandom random) {
        return outcomes.get(switch (ending) {
            case QUALIFIED -> "qualified_lead";
            case MEETING -> "meeting_booked";
            case REFUSED -> "not_interested";
            case WRONG_NUMBER -> "wrong_number";
            case DO_NOT_CALL -> "do_not_call";
            case CALLBACK_PENDING -> "call_back";
            case EXHAUSTED, RETRY_PENDING -> random.nextDouble() < 0.8 ? "no_answer" : "busy";
        });
    }

    private static RefusalReason reason(SplittableRandom random) {
        double pick = random.nextDouble();
        return pick < 0.3 ? RefusalReason.NON_PROFILE : pick < 0.6 ? RefusalReason.NO_BUDGET
                : pick < 0.75 ? RefusalReason.CRISIS : RefusalReason.OTHER;
    }

    private static LocalTime workingTime(SplittableRandom random) {
        return LocalTime.of(9 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
    }
}
