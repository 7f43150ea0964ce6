package app.obzvon.contact;

import java.time.Instant;

/**
 * A company in a caller's working list: whose it is (their callbacks reach them in any queue),
 * until when it may stay in active work ({@code deadline}; null for a company kept only for a
 * callback, such as a booked meeting), and the queue whose rules it is worked by.
 */
public record InWork(long callerId, Instant deadline, Long queueId) {
}
