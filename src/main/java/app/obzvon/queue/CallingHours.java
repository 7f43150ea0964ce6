package app.obzvon.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a queue's companies may be called, in each company's own local time: from {@code opens} to
 * {@code closes} on the given days, less an optional lunch break. A cold call at 21:00 in
 * Vladivostok or on a Saturday morning loses the company; an agreed callback is not held to these
 * hours (the prospect chose the time).
 */
public record CallingHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days, LocalTime lunchFrom,
                           LocalTime lunchTo) {

    public static final CallingHours DEFAULT = new CallingHours(LocalTime.of(9, 0), LocalTime.of(20, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, null);

    public CallingHours {
        Objects.requireNonNull(opens);
        Objects.requireNonNull(closes);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("calling hours must open before they close: " + opens + "–" + closes);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("calling hours need at least one day");
        }
        days = Set.copyOf(days);
        if ((lunchFrom == null) != (lunchTo == null)) {
            throw new IllegalArgumentException("a lunch break needs both its start and its end");
        }
        if (lunchFrom != null && (!lunchFrom.isBefore(lunchTo) || lunchFrom.isBefore(opens) || lunchTo.isAfter(closes))) {
            throw new IllegalArgumentException("the lunch break must lie inside the calling hours: " + lunchFrom + "–"
                    + lunchTo);
        }
    }

    public boolean hasLunch() {
        return lunchFrom != null;
    }

    /** Whether a company in {@code zone} may be called at {@code at}. */
    public boolean isOpen(Instant at, ZoneId zone) {
        return isOpen(at.atZone(zone));
    }

    private boolean isOpen(ZonedDateTime local) {
        if (!days.contains(local.getDayOfWeek())) {
            return false;
        }
        var time = local.toLocalTime();
        if (time.isBefore(opens) || !time.isBefore(closes)) {
            return false;
        }
        return !hasLunch() || time.isBefore(lunchFrom) || !time.isBefore(lunchTo);
    }

    /** The first moment from {@code from} on (itself when open) when a company in {@code zone} may be called. */
    public Instant nextOpening(Instant from, ZoneId zone) {
        var local = from.atZone(zone);
        if (isOpen(local)) {
            return from;
        }
        var time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        if (days.contains(day.getDayOfWeek())) {
            if (time.isBefore(opens)) {
                return day.atTime(opens).atZone(zone).toInstant();
            }
            if (hasLunch() && !time.isBefore(lunchFrom) && time.isBefore(lunchTo)) {
                return day.atTime(lunchTo).atZone(zone).toInstant();
            }
        }
        // Closed for the rest of the day: the next calling day's opening (within a week).
        for (int i = 1; i <= 7; i++) {
            var next = day.plusDays(i);
            if (days.contains(next.getDayOfWeek())) {
                return next.atTime(opens).atZone(zone).toInstant();
            }
        }
        throw new IllegalStateException("no calling day in " + days);
    }

    /** The days as stored: ISO day numbers, Monday 1, in order ("12345"). */
    public String dayDigits() {
        var digits = new StringBuilder();
        for (var day : DayOfWeek.values()) {
            if (days.contains(day)) {
                digits.append(day.getValue());
            }
        }
        return digits.toString();
    }

    public static Set<DayOfWeek> parseDays(String digits) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (char c : digits.toCharArray()) {
            if (c >= '1' && c <= '7') {
                days.add(DayOfWeek.of(c - '0'));
            }
        }
        return days;
    }
}
