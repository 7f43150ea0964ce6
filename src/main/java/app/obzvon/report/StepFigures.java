package app.obzvon.report;

/**
 * How one script step did: calls that reached it, calls whose last step it was, and calls through
 * it that ended as a lead (a qualified lead or a booked meeting).
 */
public record StepFigures(String key, String title, boolean objection, int reached, int endedThere, int leads) {

    /** Leads per call that reached the step, from 0 to 1; 0 for a step no call reached. */
    public double leadShare() {
        return reached == 0 ? 0 : (double) leads / reached;
    }
}
