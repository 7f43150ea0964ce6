package app.obzvon.report;

/** The counts the database gives for one step key of a script version. */
public record StepCounts(int reached, int endedThere, int leads) {

    public static final StepCounts NONE = new StepCounts(0, 0, 0);
}
