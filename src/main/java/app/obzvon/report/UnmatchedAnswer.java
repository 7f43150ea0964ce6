package app.obzvon.report;

/** What prospects said at a step when none of its answers fit, and how many calls heard it. */
public record UnmatchedAnswer(String stepKey, String said, int times) {
}
