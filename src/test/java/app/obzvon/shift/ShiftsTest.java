package app.obzvon.shift;

import app.obzvon.call.CallDetails;
import app.obzvon.common.RefusedException;
import app.obzvon.queue.QueueFilter;
import app.obzvon.queue.TargetPreset;
import app.obzvon.team.CallerTarget;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shifts and pauses, and the progress they pace, on a real base with a clock the test moves (10:00 Moscow). */
class ShiftsTest {

    @TempDir
    Path folder;
    TestBase base;
    Shifts shifts;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        shifts = base.services.shifts();
        base.addCompanies("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel");
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void aFourHourShiftOfAnEightyADayCallerTargetsFortyAndPacesToItsEnd() {
        base.services.targets().set(base.supervisor.id(), new CallerTarget(80, 8, null, null));
        var session = base.services.callingSession();
        var queue = base.queue(QueueFilter.any());
        // A call before the shift counts for the day, not for the shift.
        var shown = session.open(queue);
        shown = session.log(shown.contact().id(), base.outcome("no_answer"), CallDetails.none(), base.clock.instant()).next();
        assertEquals(80, shown.progress().target(), "no shift: the caller's own daily target, not the queue's");
        assertEquals(LocalTime.of(18, 0), shown.progress().until(), "no shift: paced to the working day's end");

        base.clock.advance(Duration.ofMinutes(1));
        var shift = shifts.start(Duration.ofHours(4));
        assertEquals(Duration.ofHours(4), shift.planned());
        var progress = session.progress().orElseThrow();
        assertEquals(40, progress.target());
        assertEquals(4, progress.leadsTarget(), "the leads a day, pro-rated alike");
        assertEquals(LocalTime.of(14, 1), progress.until());
        assertEquals(0, progress.counts().calls(), "the shift counts from its start");
        assertEquals(10, progress.callsPerHourNeeded().getAsInt(), "40 calls in 4 hours");

        base.clock.advance(Duration.ofMinutes(2));
        shown = session.log(shown.contact().id(), base.outcome("qualified_lead"), CallDetails.none(),
                base.clock.instant().minusSeconds(90)).next();
        assertEquals(1, shown.progress().counts().calls());
        assertEquals(90, shown.progress().counts().talkSeconds(), "the card's time until its outcome");

        base.clock.advance(Duration.ofMinutes(58));
        // 11:01: 39 calls left for 14:01.
        progress = session.progress().orElseThrow();
        assertEquals(39, progress.remaining());
        assertEquals(13, progress.callsPerHourNeeded().getAsInt(), "39 calls in the 3 hours left");
    }

    @Test
    void withoutTargetsOfTheirOwnAShiftTakesItsShareOfTheQueuesTarget() {
        var session = base.services.callingSession();
        var queue = base.queue(QueueFilter.any());
        session.open(queue);
        session.setDailyTarget(TargetPreset.MID_LARGE_B2B.target());
        shifts.start(Duration.ofHours(2));
        var progress = session.progress().orElseThrow();
        assertEquals(10, progress.target(), "40 a day, a quarter of the day");
        assertNull(progress.leadsTarget());
    }

    @Test
    void pausesAreLeftOutOfCallsPerHour() {
        var shift = shifts.start(Duration.ofHours(4));
        base.clock.advance(Duration.ofMinutes(30));
        shift = shifts.pause(PauseReason.BREAK);
        assertEquals(PauseReason.BREAK, shift.runningPause().orElseThrow().reason());
        base.clock.advance(Duration.ofMinutes(30));
        assertEquals(Duration.ofMinutes(30), shift.worked(base.clock.instant()), "the pause running is not worked");
        shift = shifts.resume();
        assertTrue(shift.runningPause().isEmpty());
        assertEquals(Duration.ofMinutes(30), shift.paused(base.clock.instant()));
        assertEquals(12, shift.callsPerHour(6, base.clock.instant()), "6 calls in half an hour worked");
        assertEquals(PauseReason.BREAK, shift.pauses().get(0).reason());
    }

    @Test
    void aPauseWithoutAShiftIsRefusedAndChangesNothing() {
        var refused = assertThrows(RefusedException.class, () -> shifts.pause(PauseReason.TECHNICAL));
        assertEquals("shift.refused.none", refused.key());
        assertTrue(shifts.current().isEmpty());
    }

    @Test
    void aShiftStartsWithSignInAtTheCallersUsualLengthAndEndsWithSigningOut() {
        base.services.targets().set(base.supervisor.id(), new CallerTarget(TargetPreset.SMALL_BUSINESS_B2B.target(), null,
                TargetPreset.SMALL_BUSINESS_B2B, Duration.ofHours(4)));
        assertTrue(shifts.startsAtSignIn(), "the default: students sign in and their shift runs");
        var started = shifts.signedIn().orElseThrow();
        assertEquals(Duration.ofHours(4), started.planned());
        assertEquals(started, shifts.signedIn().orElseThrow(), "signing in again keeps the shift open");

        shifts.signingOut();
        assertTrue(shifts.current().isEmpty());

        shifts.setStartsAtSignIn(false);
        assertFalse(shifts.startsAtSignIn());
        assertTrue(shifts.signedIn().isEmpty(), "by hand: sign-in starts nothing");
        shifts.start(null);
        shifts.signingOut();
        assertTrue(shifts.current().isPresent(), "by hand: signing out leaves it to be ended by hand");
        shifts.end();
        assertTrue(shifts.current().isEmpty());
    }

    @Test
    void aNewShiftEndsOneLeftOpenAndItsRunningPause() throws Exception {
        var first = shifts.start(Duration.ofHours(8));
        shifts.pause(PauseReason.OTHER);
        base.clock.advance(Duration.ofHours(1));
        var second = shifts.start(Duration.ofHours(3));
        assertFalse(first.id() == second.id());
        assertTrue(second.pauses().isEmpty());
        try (var other = base.otherConnection(); var q = other.createStatement()) {
            var ended = q.executeQuery("SELECT ended_at FROM shifts WHERE id = " + first.id());
            assertTrue(ended.next());
            assertEquals(base.clock.instant().toEpochMilli(), ended.getLong(1));
            var open = q.executeQuery("SELECT count(*) FROM pauses WHERE ended_at IS NULL");
            assertTrue(open.next());
            assertEquals(0, open.getInt(1));
        }
    }

    @Test
    void onlyAPersonsOwnShiftIsTheirs() {
        var caller = base.addCaller("Борис", "4321");
        shifts.start(Duration.ofHours(4));
        try (var other = TestBase.open(base.file, base.clock)) {
            other.signIn().signIn(caller.id(), "4321");
            assertTrue(other.shifts().current().isEmpty(), "the supervisor's shift is not Борис's");
            other.shifts().start(Duration.ofHours(2));
            assertEquals(caller.id(), other.shifts().current().orElseThrow().callerId());
        }
        assertEquals(base.supervisor.id(), shifts.current().orElseThrow().callerId());
    }
}
