package app.obzvon.planning;

/** The share of one step that reaches the next: call → conversation … invoice → payment. */
public enum Conversion {
    CALL_TO_CONVERSATION(Stage.CALL, Stage.CONVERSATION, "planner.conversion.call", "planner.line.calls"),
    CONVERSATION_TO_LEAD(Stage.CONVERSATION, Stage.LEAD, "planner.conversion.conversation", "planner.line.conversations"),
    LEAD_TO_MEETING(Stage.LEAD, Stage.MEETING, "planner.conversion.lead", "planner.line.leads"),
    MEETING_TO_PROPOSAL(Stage.MEETING, Stage.PROPOSAL, "planner.conversion.meeting", "planner.line.meetings"),
    PROPOSAL_TO_INVOICE(Stage.PROPOSAL, Stage.INVOICE, "planner.conversion.proposal", "planner.line.proposals"),
    INVOICE_TO_PAYMENT(Stage.INVOICE, Stage.PAYMENT, "planner.conversion.invoice", "planner.line.invoices");

    private final Stage from;
    private final Stage to;
    private final String key;
    private final String lineKey;

    Conversion(Stage from, Stage to, String key, String lineKey) {
        this.from = from;
        this.to = to;
        this.key = key;
        this.lineKey = lineKey;
    }

    public Stage from() {
        return from;
    }

    public Stage to() {
        return to;
    }

    /** The text key of its name ("Call → conversation"). */
    public String key() {
        return key;
    }

    /** The text key of the arithmetic line that finds {@link #from()}'s figure from {@link #to()}'s. */
    String lineKey() {
        return lineKey;
    }
}
