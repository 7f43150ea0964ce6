package app.obzvon.figures;

import app.obzvon.common.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the team's figures read from the base, by period: [from, to). */
public interface FiguresRepository {

    /** The calls logged in the period, added up per caller and quarter hour; slices without calls absent. */
    List<Tally> tallies(Tx tx, Instant from, Instant to);

    /** The leads in the batches handed over in the period. */
    int handedOver(Tx tx, Instant from, Instant to);

    /** The companies the next stage's results moved to a deal ({@link Funnel#DEALS}) from elsewhere in the period. */
    int deals(Tx tx, Instant from, Instant to);

    /** Per caller, per step key: the conversations logged in the period whose last recorded step it was. */
    Map<Long, Map<String, Integer>> endings(Tx tx, Instant from, Instant to);

    /** The shifts started since then, each with the pause running in it, if any. */
    List<DayShift> shifts(Tx tx, Instant since);
}
