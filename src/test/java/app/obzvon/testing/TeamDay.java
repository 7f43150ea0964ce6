package app.obzvon.testing;

import app.obzvon.access.Person;
import app.obzvon.call.CallDetails;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.handoff.LeadCriteria;
import app.obzvon.handoff.LeadTexts;
import app.obzvon.importing.SourceOptions;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.script.PathStep;
import app.obzvon.script.ScriptPath;
import app.obzvon.script.ScriptVersion;
import app.obzvon.team.CallerTarget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;

import static app.obzvon.persistence.jooq.Tables.PAUSES;
import static app.obzvon.persistence.jooq.Tables.SHIFTS;

/**
 * A team's Monday, 23 November 2026 (Moscow), whose figures the tests know, seen at 12:00:
 * <ul>
 * <li>Борис (80 calls and 4 leads a day) on a 4-hour shift from 09:00, open: no answer 10:05, call
 *     back 10:20 (2 min; greeting → later), qualified lead 10:40 (5 min; greeting → offer → agreed),
 *     meeting 11:10 (6 min 40 s; the same path). Last Friday 14:00 a qualified lead (greeting → offer →
 *     agreed, 200 s).</li>
 * <li>Вера (the queue's 80 calls, 2 leads a day) on an 8-hour shift from 09:00, on a break since
 *     11:50: busy 09:15 (greeting, not counted), not interested 09:30 (1 min; greeting → offer →
 *     refused), no answer 11:05. Last Friday 15:00 not interested (greeting, 30 s); ten days ago a
 *     no answer.</li>
 * <li>Глеб (no targets) opened a 90-minute shift at 08:00 and left it open: away since 09:30.</li>
 * <li>Анна, the supervisor, no shift: not interested at 11:30 (90 s; greeting).</li>
 * </ul>
 * Friday's lead was handed over on Friday at 16:00 and became a deal today at 11:50; today's two
 * leads were handed over at 11:45.
 */
public final class TeamDay {

    public static final Instant NOON = at(23, 12, 0);

    public final TestBase base;
    public final Person boris;
    public final Person vera;
    public final Person gleb;
    public final CallQueue queue;
    public final ScriptVersion script;
    public final Path folder;
    private int nextContact = 1;

    public TeamDay(Path folder) throws IOException {
        this.folder = folder;
        base = new TestBase(folder);
        var s = base.services;
        base.addCompanies("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12", "C13",
                "C14", "C15", "C16", "C17", "C18", "C19", "C20");
        queue = base.queue(QueueFilter.any());
        script = s.scripts().create(SampleScripts.coldCall());
        boris = base.addCaller("Борис", "1357");
        vera = base.addCaller("Вера", "2468");
        gleb = base.addCaller("Глеб", "3579");
        s.targets().set(boris.id(), new CallerTarget(80, 4, null, Duration.ofHours(4)));
        s.targets().set(vera.id(), new CallerTarget(null, 2, null, null));

        call(vera, at(13, 10, 0), "no_answer", 0);
        call(boris, at(20, 14, 0), "qualified_lead", 200, "greeting", "offer", "agreed");
        call(vera, at(20, 15, 0), "not_interested", 30, "greeting");
        handOver(at(20, 16, 0));

        shift(gleb, at(23, 8, 0), at(23, 9, 30), null);
        shift(boris, at(23, 9, 0), at(23, 13, 0), null);
        long veras = shift(vera, at(23, 9, 0), at(23, 17, 0), null);
        pause(veras, "BREAK", at(23, 11, 50));
        call(vera, at(23, 9, 15), "busy", 0, "greeting");
        call(vera, at(23, 9, 30), "not_interested", 60, "greeting", "offer", "refused");
        call(boris, at(23, 10, 5), "no_answer", 0);
        call(boris, at(23, 10, 20), "call_back", 120, "greeting", "later");
        call(boris, at(23, 10, 40), "qualified_lead", 300, "greeting", "offer", "agreed");
        call(vera, at(23, 11, 5), "no_answer", 0);
        call(boris, at(23, 11, 10), "meeting_booked", 400, "greeting", "offer", "agreed");
        call(base.supervisor, at(23, 11, 30), "not_interested", 90, "greeting");
        handOver(at(23, 11, 45));
        base.clock.set(at(23, 11, 50));
        s.stageResults().apply(Files.writeString(folder.resolve("results.csv"), "Компания;Статус\nC02;Сделка\n"),
                SourceOptions.detect());
        base.clock.set(NOON);
    }

    /** A moment of November 2026 in Moscow. */
    public static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(TestBase.ZONE).toInstant();
    }

    public static Instant midnight(int day) {
        return LocalDate.of(2026, 11, day).atStartOfDay(TestBase.ZONE).toInstant();
    }

    /** A call by this person on the next fresh company, logged at {@code at} after {@code seconds} of talk. */
    public void call(Person who, Instant at, String outcome, int seconds, String... steps) {
        base.clock.set(at);
        var chosen = base.outcome(outcome);
        var details = outcome.equals("call_back") || outcome.equals("meeting_booked")
                ? new CallDetails(null, at.plus(Duration.ofDays(2)), null)
                : outcome.equals("not_interested") ? new CallDetails(null, null, app.obzvon.contact.RefusalReason.OTHER)
                : CallDetails.none();
        if (steps.length > 0) {
            details = details.withScript(new ScriptPath(script.id(),
                    Arrays.stream(steps).map(step -> new PathStep(step, null)).toList()));
        }
        long contact = nextContact++;
        var withScript = details;
        base.inTx(tx -> base.services.callLogger().log(tx, contact, queue, who.id(), chosen, withScript,
                at.minusSeconds(seconds)));
    }

    public long shift(Person who, Instant started, Instant plannedEnd, Instant ended) {
        return base.services.database().dsl().insertInto(SHIFTS, SHIFTS.CALLER_ID, SHIFTS.STARTED_AT,
                        SHIFTS.PLANNED_END_AT, SHIFTS.ENDED_AT)
                .values((int) who.id(), started.toEpochMilli(), plannedEnd.toEpochMilli(),
                        ended == null ? null : ended.toEpochMilli())
                .returning(SHIFTS.ID).fetchOne().getId();
    }

    public void pause(long shiftId, String reason, Instant started) {
        base.services.database().dsl().insertInto(PAUSES, PAUSES.SHIFT_ID, PAUSES.REASON, PAUSES.STARTED_AT)
                .values((int) shiftId, reason, started.toEpochMilli()).execute();
    }

    private void handOver(Instant at) throws IOException {
        base.clock.set(at);
        base.services.leadExporter().export(LeadCriteria.newLeads(), ExportFormat.CSV, null,
                LeadTexts.of(Locale.ENGLISH, code -> code), folder.resolve("leads-" + at.toEpochMilli() + ".csv"));
    }
}
