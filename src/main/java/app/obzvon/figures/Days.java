package app.obzvon.figures;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Day by day in the clock's zone, every day of the period listed: the team's counts and each caller's who called. */
public record Days(List<LocalDate> days, List<Counts> team, Map<Long, List<Counts>> byCaller) {

    /** A caller's, one a day; all zero for one who made no call. */
    public List<Counts> caller(long callerId) {
        return byCaller.getOrDefault(callerId, Collections.nCopies(days.size(), Counts.ZERO));
    }
}
