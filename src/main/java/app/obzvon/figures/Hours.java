package app.obzvon.figures;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Calls per hour of the day (0–23, in the clock's zone): the team's, and each caller's who called. */
public record Hours(List<Integer> team, Map<Long, List<Integer>> byCaller) {

    public static final List<Integer> NONE = Collections.nCopies(24, 0);

    /** A caller's; every hour 0 for one who made no call. */
    public List<Integer> caller(long callerId) {
        return byCaller.getOrDefault(callerId, NONE);
    }

    Hours plus(Hours other) {
        var byCallerSum = new HashMap<>(byCaller);
        other.byCaller.forEach((id, hours) -> byCallerSum.merge(id, hours, Hours::add));
        return new Hours(add(team, other.team), Map.copyOf(byCallerSum));
    }

    private static List<Integer> add(List<Integer> a, List<Integer> b) {
        return IntStream.range(0, a.size()).mapToObj(h -> a.get(h) + b.get(h)).toList();
    }
}
