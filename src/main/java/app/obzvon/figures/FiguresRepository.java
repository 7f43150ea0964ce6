package app.obzvon.figures;

import app.obzvon.common.Tx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    /** The days first..last (the zone's) whose figures are not kept yet. */
    List<LocalDate> unkept(Tx tx, ZoneId zone, LocalDate first, LocalDate last);

    /** Marks a day kept; false when it already was (another window kept it first). */
    boolean markKept(Tx tx, ZoneId zone, LocalDate day);

    /** Keeps a closed day's figures: per caller, per caller and hour of the day, and the conversations' endings. */
    void keep(Tx tx, ZoneId zone, LocalDate day, Map<Long, Counts> byCaller, Hours hours,
              Map<Long, Map<String, Integer>> endings);

    /** The kept figures of the days first..last, all of them kept. */
    KeptDays kept(Tx tx, ZoneId zone, LocalDate first, LocalDate last);
}
