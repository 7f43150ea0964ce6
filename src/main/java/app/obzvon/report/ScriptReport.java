package app.obzvon.report;

import app.obzvon.script.ScriptVersion;

import java.util.Comparator;
import java.util.List;

/**
 * Which lines of one script version turn calls into leads: every step in script order
 * (conversation, then objections) with its figures, and what prospects said that no answer fit.
 */
public record ScriptReport(ScriptVersion version, int calls, List<StepFigures> steps, List<UnmatchedAnswer> unmatched) {

    public ScriptReport {
        steps = List.copyOf(steps);
        unmatched = List.copyOf(unmatched);
    }

    /** The objections calls met, the most met first. */
    public List<StepFigures> objectionsMetMost() {
        return steps.stream().filter(s -> s.objection() && s.reached() > 0)
                .sorted(Comparator.comparingInt(StepFigures::reached).reversed()).toList();
    }
}
