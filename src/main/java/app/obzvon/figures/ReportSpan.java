package app.obzvon.figures;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a report covers, first and last included, and the instants they span in the base's zone:
 * a day, the week (Monday to Sunday) a day is in, or any days the supervisor picks.
 */
public record ReportSpan(LocalDate first, LocalDate last) {

    /** A year at most: a report longer than that is no one's working view, and its day sheet a wall. */
    public static final int MAX_DAYS = 366;

    public ReportSpan {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a report's last day is not before its first: " + first + " – " + last);
        }
        if (first.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
            throw new IllegalArgumentException("a report covers at most " + MAX_DAYS + " days");
        }
    }

    public static ReportSpan day(LocalDate day) {
        return new ReportSpan(day, day);
    }

    public static ReportSpan week(LocalDate day) {
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportSpan(monday, monday.plusDays(6));
    }

    public Instant from(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    public Instant to(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
