package app.obzvon.figures;

import java.time.Instant;
import java.util.List;

/**
 * Everything the figures say about [from, to): each caller who called (by name), the team's sum,
 * calls per hour of the day, the days one by one, the funnel and where conversations ended.
 */
public record Period(Instant from, Instant to, List<CallerCounts> callers, Counts team, Hours hours, Days days,
                     Funnel funnel, Coaching coaching) {
}
