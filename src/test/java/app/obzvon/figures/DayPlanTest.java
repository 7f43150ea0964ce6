package app.obzvon.figures;

import app.obzvon.team.CallerTarget;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A caller's day against the targets at chosen moments: before the day, after a shift, a forgotten one. */
class DayPlanTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final CallerTarget EIGHTY = new CallerTarget(80, 4, null, null);

    static Instant at(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 23, hour, minute).atZone(ZONE).toInstant();
    }

    static CallerDay day(Instant now, Counts counts, DayShift... shifts) {
        return new DayPlan(now, ZONE, LocalTime.of(18, 0)).of(7, "Борис", counts, EIGHTY, List.of(shifts));
    }

    static Counts calls(int calls, int leads) {
        return new Counts(calls, 0, leads, 0, 0);
    }

    @Test
    void beforeTheWorkingDayNothingIsDueAndThePaceRunsToItsEnd() {
        var early = day(at(8, 0), Counts.ZERO);

        assertEquals(0, early.expectedCalls());
        assertFalse(early.behind());
        assertEquals(8.0, early.pace(), 1e-9, "80 calls over the ten hours to 18:00");
        assertEquals(Presence.AWAY, early.presence());
    }

    @Test
    void afterTheWorkingDayTheWholeTargetWasDueAndNoTimeIsLeft() {
        var late = day(at(19, 0), calls(70, 4));

        assertEquals(80, late.expectedCalls());
        assertTrue(late.behind());
        assertNull(late.pace());
        assertFalse(late.leadsBehind());
    }

    @Test
    void aShiftEndedEarlyKeepsItsTargetAndLeavesNoPace() {
        var shift = new DayShift(7, at(9, 0), at(13, 0), at(12, 0), null, null);
        var after = day(at(15, 0), calls(41, 1), shift);

        assertEquals(Presence.AWAY, after.presence());
        assertEquals(at(12, 0), after.since());
        assertEquals(40, after.callsTarget());
        assertEquals(2, after.leadsTarget());
        assertEquals(40, after.expectedCalls(), "the planned four hours are over");
        assertFalse(after.behind());
        assertEquals(0.0, after.pace(), "target met");
        assertTrue(after.leadsBehind());
    }

    @Test
    void aPauseInAShiftLeftOpenPastItsEndByMoreThanAnHourIsAway() {
        var open = new DayShift(7, at(9, 0), at(13, 0), null, "OTHER", at(12, 50));

        var inPause = day(at(13, 59), Counts.ZERO, open);
        assertEquals(Presence.IN_PAUSE, inPause.presence());
        assertEquals("OTHER", inPause.pauseReason());
        assertNull(inPause.pace(), "the shift's planned end has passed");

        var forgotten = day(at(14, 1), Counts.ZERO, open);
        assertEquals(Presence.AWAY, forgotten.presence());
        assertNull(forgotten.pauseReason());
        assertEquals(at(13, 0), forgotten.since());
    }

    @Test
    void twoShiftsADayAddUp() {
        var morning = new DayShift(7, at(9, 0), at(11, 0), at(11, 0), null, null);
        var evening = new DayShift(7, at(15, 0), at(17, 0), null, null, null);
        var now = day(at(16, 0), calls(25, 0), morning, evening);

        assertEquals(40, now.callsTarget(), "four hours of eight");
        assertEquals(30, now.expectedCalls(), "three of the four hours gone");
        assertTrue(now.behind());
        assertEquals(15.0, now.pace(), 1e-9);
        assertEquals(Presence.ON_SHIFT, now.presence());
        assertEquals(Duration.ofHours(2), evening.planned());
    }
}
