package app.obzvon.queue;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calling hours in the company's own time, across Russia's zones from UTC+2 to UTC+12. */
class CallingHoursTest {

    static final ZoneId KALININGRAD = ZoneId.of("Europe/Kaliningrad");
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId NOVOSIBIRSK = ZoneId.of("Asia/Novosibirsk");
    static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    static final ZoneId KAMCHATKA = ZoneId.of("Asia/Kamchatka");
    final CallingHours hours = CallingHours.DEFAULT;

    /** Monday 23 November 2026 at this time in Moscow. */
    static Instant mondayMoscow(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, MOSCOW).toInstant();
    }

    @Test
    void oneMomentIsMorningInOneZoneAndNightInAnother() {
        var halfPastTwelve = mondayMoscow(12, 30);
        assertTrue(hours.isOpen(halfPastTwelve, KALININGRAD), "11:30 in Kaliningrad");
        assertTrue(hours.isOpen(halfPastTwelve, VLADIVOSTOK), "19:30 in Vladivostok");
        assertFalse(hours.isOpen(halfPastTwelve, KAMCHATKA), "21:30 in Kamchatka");

        var halfPastEight = mondayMoscow(8, 30);
        assertFalse(hours.isOpen(halfPastEight, KALININGRAD), "07:30 in Kaliningrad");
        assertFalse(hours.isOpen(halfPastEight, MOSCOW));
        assertTrue(hours.isOpen(halfPastEight, NOVOSIBIRSK), "12:30 in Novosibirsk");
        assertTrue(hours.isOpen(halfPastEight, KAMCHATKA), "17:30 in Kamchatka");
    }

    @Test
    void theCloseIsExclusiveAndAWindowClosedTodayOpensTomorrowMorning() {
        assertFalse(hours.isOpen(mondayMoscow(13, 0), VLADIVOSTOK), "20:00 sharp in Vladivostok is closed");
        var opens = hours.nextOpening(mondayMoscow(12, 30), KAMCHATKA);
        assertEquals(ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, KAMCHATKA).toInstant(), opens);
        assertEquals(ZonedDateTime.of(2026, 11, 24, 0, 0, 0, 0, MOSCOW).toInstant(), opens,
                "Tuesday 09:00 in Kamchatka is midnight in Moscow");
    }

    @Test
    void beforeTheOpeningItOpensTheSameDayAndAnOpenWindowIsNow() {
        assertEquals(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, KALININGRAD).toInstant(),
                hours.nextOpening(mondayMoscow(8, 30), KALININGRAD));
        assertEquals(mondayMoscow(11, 0), hours.nextOpening(mondayMoscow(11, 0), NOVOSIBIRSK));
    }

    @Test
    void fridayEveningOpensOnMondayAndTheWeekendIsClosed() {
        var fridayEvening = ZonedDateTime.of(2026, 11, 27, 20, 30, 0, 0, MOSCOW).toInstant();
        assertEquals(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, MOSCOW).toInstant(),
                hours.nextOpening(fridayEvening, MOSCOW));
        assertFalse(hours.isOpen(ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, MOSCOW).toInstant(), MOSCOW));
    }

    @Test
    void aLunchBreakIsClosedAndOpensWhenItEnds() {
        var withLunch = new CallingHours(LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(13, 0), LocalTime.of(14, 0));
        assertFalse(withLunch.isOpen(mondayMoscow(13, 15), MOSCOW));
        assertEquals(mondayMoscow(14, 0), withLunch.nextOpening(mondayMoscow(13, 15), MOSCOW));
        assertTrue(withLunch.isOpen(ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, MOSCOW).toInstant(), MOSCOW),
                "Saturday is a calling day here");
        assertEquals("123456", withLunch.dayDigits());
        assertEquals(withLunch.days(), CallingHours.parseDays("123456"));
    }

    @Test
    void hoursThatMakeNoSenseAreRefused() {
        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThrows(IllegalArgumentException.class,
                () -> new CallingHours(LocalTime.of(20, 0), LocalTime.of(9, 0), weekdays, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new CallingHours(LocalTime.of(9, 0), LocalTime.of(20, 0), EnumSet.noneOf(DayOfWeek.class), null, null));
        assertThrows(IllegalArgumentException.class, () -> new CallingHours(LocalTime.of(9, 0), LocalTime.of(20, 0),
                weekdays, LocalTime.of(8, 0), LocalTime.of(9, 30)));
    }

    @Test
    void theOpenZonesAtOneMomentListTheClosedOnesAndTheOffice() {
        var inUse = java.util.Set.of("Europe/Moscow", "Asia/Vladivostok", "Asia/Kamchatka");
        var open = OpenZones.at(mondayMoscow(12, 30), hours, MOSCOW, inUse);
        assertTrue(open.isOpen(VLADIVOSTOK));
        assertFalse(open.isOpen(KAMCHATKA));
        assertEquals(java.util.List.of("Asia/Kamchatka"), open.closed(), "only the zones the base has are listed");
        assertTrue(open.unknownOpen(), "a company of no known zone follows the office's");
        assertFalse(open.allOpen());
        assertTrue(open.isOpen(ZoneId.of("America/New_York")), "a zone the list does not know is never left out");
        var sundayNight = ZonedDateTime.of(2026, 11, 29, 23, 0, 0, 0, MOSCOW).toInstant();
        assertTrue(OpenZones.at(sundayNight, hours, MOSCOW, inUse).allClosed(), "nothing to look for");
        assertFalse(OpenZones.at(sundayNight, hours, MOSCOW, java.util.Set.of("Europe/Moscow", "Pacific/Auckland"))
                .allClosed(), "Monday morning has begun in Auckland");
    }
}
