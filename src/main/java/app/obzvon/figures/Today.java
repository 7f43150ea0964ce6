package app.obzvon.figures;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard's live part: each caller's today, the team's sum, today's calls per hour and the
 * team's leads against what the next stage needs.
 */
public record Today(Instant at, List<CallerDay> callers, Counts team, Hours hours, TeamLeads leads) {

    /**
     * The leads the next stage needs of the team today (the callers' daily leads added up), the part
     * due by now on a straight line over the working day, and what came: lagging once a whole lead
     * short.
     */
    public record TeamLeads(int done, int dueByNow, int neededToday, boolean lagging) {
    }
}
