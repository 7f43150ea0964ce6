package app.obzvon.figures;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard's live part, read at {@code at}: each caller's day, the team's leads against what
 * the next stage needs, and today as a period (from midnight up to and including {@code at}), which
 * added to the days before it ({@link Period#then}) makes a trend without reading them again.
 */
public record Today(Instant at, List<CallerDay> callers, TeamLeads leads, Period period) {

    /**
     * The leads the next stage needs of the team today (the callers' daily leads added up), the part
     * due by now on a straight line over the working day, and what came: lagging once a whole lead
     * short.
     */
    public record TeamLeads(int done, int dueByNow, int neededToday, boolean lagging) {
    }
}
