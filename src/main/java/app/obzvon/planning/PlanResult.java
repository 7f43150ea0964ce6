package app.obzvon.planning;

import java.util.List;
import java.util.Map;

/**
 * The plan worked backwards: the revenue, each step's figure for the period and per working day,
 * the calls and qualified leads a day rounded up (what targets are made of), the callers that takes
 * at one caller's daily calls, and the arithmetic line by line.
 */
public record PlanResult(PlanInputs inputs, long revenue, Map<Stage, Long> forPeriod, int callsPerDay,
                         int leadsPerDay, int callersNeeded, List<PlanLine> lines) {

    public PlanResult {
        forPeriod = Map.copyOf(forPeriod);
        lines = List.copyOf(lines);
    }

    public long forPeriod(Stage stage) {
        return forPeriod.get(stage);
    }

    /** A step's figure for one working day, as it comes out (1.9 payments a day). */
    public double perDay(Stage stage) {
        return forPeriod(stage) / (double) inputs.workingDays();
    }
}
