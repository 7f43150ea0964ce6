package app.obzvon.figures;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Calls per hour of the day (0–23, in the clock's zone): the team's, and each caller's who called. */
public record Hours(List<Integer> team, Map<Long, List<Integer>> byCaller) {

    public static final List<Integer> NONE = Collections.nCopies(24, 0);

    /** A caller's; every hour 0 for one who made no call. */
    public List<Integer> caller(long callerId) {
        return byCaller.getOrDefault(callerId, NONE);
    }
}
