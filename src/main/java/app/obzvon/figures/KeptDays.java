package app.obzvon.figures;

import java.util.List;
import java.util.Map;

/**
 * Closed days' figures as the base keeps them: each caller's day as one tally at the day's start
 * (for the sums by caller and by day), the calls per hour of the day, and where conversations ended.
 */
public record KeptDays(List<Tally> days, Hours hours, Map<Long, Map<String, Integer>> endings) {
}
