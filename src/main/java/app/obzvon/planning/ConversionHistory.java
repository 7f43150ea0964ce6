package app.obzvon.planning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The base's own conversions over its last days: how many of each step there were and how many of
 * them reached the next. Calls, conversations, leads and meetings come from the calls logged; invoices
 * and payments from the next stage's results; the base records no proposals, so the two steps around
 * them have no history.
 */
public record ConversionHistory(int days, Map<Conversion, Observed> observed) {

    public ConversionHistory {
        observed = Map.copyOf(observed);
    }

    /** {@code reached} of {@code counted} went on to the next step. */
    public record Observed(long counted, long reached) {

        /** Only a share of something that happened can plan: none counted, or none reached, is no conversion. */
        public boolean usable() {
            return counted > 0 && reached > 0;
        }

        /** In basis points, at most 100 %. */
        public int rate() {
            return (int) Math.min(PlanInputs.WHOLE, Math.max(1, Math.round(reached * (double) PlanInputs.WHOLE / counted)));
        }
    }

    /** The inputs with every step the history can tell filled from it, and one line per step saying where its figure came from. */
    public Filled fill(PlanInputs typed) {
        var rates = new EnumMap<Conversion, Integer>(Conversion.class);
        var notes = new ArrayList<PlanLine>();
        for (var c : Conversion.values()) {
            var seen = observed.get(c);
            if (seen != null && seen.usable()) {
                rates.put(c, seen.rate());
                notes.add(PlanLine.of("planner.history.filled", c, seen.reached(), seen.counted(),
                        PlanInputs.percent(seen.rate()), days));
            } else {
                rates.put(c, typed.conversion(c));
                notes.add(seen == null
                        ? PlanLine.of("planner.history.none", c, PlanInputs.percent(typed.conversion(c)))
                        : PlanLine.of("planner.history.empty", c, seen.reached(), seen.counted(), days,
                        PlanInputs.percent(typed.conversion(c))));
            }
        }
        return new Filled(typed.withConversions(rates), notes);
    }

    /** The inputs filled, and per conversion, in the funnel's order, what was done with it. */
    public record Filled(PlanInputs inputs, List<PlanLine> notes) {
    }
}
