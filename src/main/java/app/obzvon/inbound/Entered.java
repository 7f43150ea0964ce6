package app.obzvon.inbound;

/**
 * A request recorded: its company (found by the number, or new), and the caller it went to (null:
 * it waits for someone on shift or on duty).
 */
public record Entered(long requestId, long contactId, String company, boolean newCompany, Long callerId,
                      String callerName) {
}
