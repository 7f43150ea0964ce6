package app.obzvon.planning;

/**
 * The funnel's steps, from the call to the money: each step's figure is the next one's divided by
 * the conversion between them (the planning goes backwards, from the payments to the calls).
 */
public enum Stage {
    CALL("planner.stage.calls"),
    CONVERSATION("planner.stage.conversations"),
    LEAD("planner.stage.leads"),
    MEETING("planner.stage.meetings"),
    PROPOSAL("planner.stage.proposals"),
    INVOICE("planner.stage.invoices"),
    PAYMENT("planner.stage.payments");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    /** The text key of the step's name, in the plural ("calls", "invoices"). */
    public String key() {
        return key;
    }
}
