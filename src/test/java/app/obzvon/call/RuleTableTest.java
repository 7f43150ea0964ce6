package app.obzvon.call;

import app.obzvon.common.RefusedException;
import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditFilter;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.settings.CallingRules;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor's rule table: an edit changes what an outcome does from the next call on, and is audited. */
class RuleTableTest {

    @TempDir
    Path folder;
    TestBase base;
    RuleTable rules;
    CallQueue queue;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.addCompanies("Альфа", "Бета");
        queue = base.queue(QueueFilter.any());
        rules = base.services.ruleTable();
    }

    @AfterEach
    void close() {
        base.close();
    }

    private Outcome outcome(String code) {
        return rules.outcomes().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    private static Outcome with(Outcome o, StatusChange status, NextCall next, Duration delay, Integer attempts) {
        return new Outcome(o.id(), o.code(), o.label(), o.labelEn(), o.hotkey(), o.colour(), status, next, delay,
                attempts, o.asksReason(), o.setsDoNotCall(), o.conversation(), o.lead(), o.meeting(), o.position(), o.active());
    }

    @Test
    void anOutcomesOwnRetryDelayAndAttemptsReplaceTheSettings() {
        var busy = outcome("busy");
        rules.save(with(busy, busy.statusChange(), NextCall.RETRY, Duration.ofMinutes(200), 2));
        var alpha = base.next(queue);
        base.log(alpha, queue, "busy");
        var state = base.reload(alpha).state();
        assertEquals(base.clock.instant().plus(Duration.ofMinutes(200)), state.nextCallAt(),
                "10:00 + 200 minutes is 13:20, midday: another part of the day already");
        base.clock.set(state.nextCallAt());
        base.log(alpha, queue, "busy");
        assertEquals(ContactStatus.RECALL_POOL, base.reload(alpha).state().status(), "two attempts, not five");
    }

    @Test
    void anEditedStatusChangeApplies() {
        var noAnswer = outcome("no_answer");
        rules.save(with(noAnswer, StatusChange.to(ContactStatus.STRATEGIC_RESERVE), NextCall.NONE, null, null));
        var alpha = base.next(queue);
        base.log(alpha, queue, "no_answer");
        var state = base.reload(alpha).state();
        assertEquals(ContactStatus.STRATEGIC_RESERVE, state.status());
        assertEquals(null, state.nextCallKind());
    }

    @Test
    void anOwnOutcomeCanBeAMeetingThatTheDaysCountsAndTheFunnelCount() {
        rules.add("demo_booked");
        var added = outcome("demo_booked");
        rules.save(new Outcome(added.id(), added.code(), "Демо назначено", "Demo booked", 9, null,
                StatusChange.ADVANCE, NextCall.ASK, null, null, false, false, true, true, true, added.position(), true));
        assertTrue(outcome("demo_booked").meeting());
        assertTrue(outcome("meeting_booked").meeting(), "the built-in meeting is one from V12 on");
        assertFalse(outcome("qualified_lead").meeting());

        base.log(base.next(queue), queue, "demo_booked",
                new CallDetails(null, base.clock.instant().plus(Duration.ofDays(2)), null));
        var day = base.inTx(tx -> base.services.calls().counts(tx, base.supervisor.id(),
                base.clock.instant().minus(Duration.ofHours(1)), base.clock.instant().plus(Duration.ofHours(1))));
        assertEquals(1, day.meetings());
        assertEquals(1, day.leads());
    }

    @Test
    void aSupervisorsOwnOutcomeWorksOnTheBarInTheHistoryAndInTheHandOverList() {
        rules.add("sent_offer");
        var added = outcome("sent_offer");
        assertFalse(added.active(), "switched off until set up");
        rules.save(new Outcome(added.id(), added.code(), "Отправил КП", "Sent an offer", 9, "#2b8a3e",
                StatusChange.ADVANCE, NextCall.ASK, null, null, false, false, true, false, false, added.position(), true));
        var onBar = base.inTx(tx -> base.services.outcomes().active(tx)).stream().filter(o -> o.code()
                .equals("sent_offer")).findFirst()
                .orElseThrow();
        assertEquals(9, onBar.hotkey());
        assertEquals("#2b8a3e", onBar.colour());

        var alpha = base.next(queue);
        base.log(alpha, queue, "sent_offer", new CallDetails(null, base.clock.instant().plus(Duration.ofDays(2)), null));
        var state = base.reload(alpha).state();
        assertEquals(ContactStatus.CONTACT_1, state.status());
        assertEquals(NextCallKind.CALLBACK, state.nextCallKind());
        var history = base.inTx(tx -> base.services.calls().history(tx, alpha.id()));
        assertEquals("sent_offer", history.get(0).outcomeCode());
        assertEquals("Отправил КП", history.get(0).outcomeLabel());
        assertTrue(base.services.queueSetup().outcomes().stream().anyMatch(o -> o.code().equals("sent_offer")),
                "the hand-over dialog lists it");
        assertTrue(base.services.scripts().check(app.obzvon.script.ScriptFormat.parse(
                "# Скрипт\n\n## hello: Приветствие\nДобрый день.\n=> sent_offer\n")).isEmpty(),
                "a script may end with it");
    }

    @Test
    void aKeyTakenABadCodeAndATakenCodeAreRefusedAndChangeNothing() {
        var busy = outcome("busy");
        var clash = new RefusedException[1];
        clash[0] = assertThrows(RefusedException.class, () -> rules.save(busy.withHotkey(1)));
        assertEquals("rules.key.taken", clash[0].key());
        assertEquals(2, outcome("busy").hotkey(), "nothing changed");
        assertEquals("rules.code.bad", assertThrows(RefusedException.class, () -> rules.add("Отправил КП")).key());
        assertEquals("rules.code.taken", assertThrows(RefusedException.class, () -> rules.add("busy")).key());
    }

    @Test
    void theCallingRulesAreSavedReadAtTheNextOpeningAndAudited() {
        rules.saveCallingRules(new CallingRules(Duration.ofMinutes(45), 3, LocalTime.of(19, 0), Duration.ofDays(60)));
        var read = rules.callingRules();
        assertEquals(Duration.ofMinutes(45), read.retryDelay());
        assertEquals(3, read.maxAttempts());
        assertEquals(LocalTime.of(19, 0), read.workdayEnd());
        assertEquals(Duration.ofDays(60), read.recallAfter());
        var audited = base.services.auditLog().find(AuditFilter.ALL).stream().map(e -> e.action()).toList();
        assertTrue(audited.contains(AuditAction.RULES_SAVED), audited.toString());
    }
}
