package app.obzvon.planning;

import app.obzvon.common.RefusedException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The days a plan is for, both included: a month by default. */
public record Period(LocalDate first, LocalDate last) {

    /** A plan reaches at most a year ahead: longer ones are strategy, not daily targets. */
    public static final int MAX_DAYS = 366;

    public Period {
        if (first == null || last == null || last.isBefore(first)
                || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new RefusedException("planner.refused.period", MAX_DAYS);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** Monday to Friday in the period: the working days unless the supervisor says otherwise (holidays). */
    public int weekdays() {
        int count = 0;
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
