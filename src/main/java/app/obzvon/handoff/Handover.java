package app.obzvon.handoff;

import java.time.Instant;

/**
 * A batch of leads handed to the next stage.
 *
 * @param id         the batch number
 * @param at         when it was handed over
 * @param callerId   who handed it over
 * @param callerName their name
 * @param leadCount  how many leads it holds
 * @param criteria   the criteria it was chosen by, as text
 */
public record Handover(long id, Instant at, long callerId, String callerName, int leadCount, String criteria) {
}
