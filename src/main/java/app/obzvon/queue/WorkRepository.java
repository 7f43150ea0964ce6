package app.obzvon.queue;

import app.obzvon.common.Tx;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The working lists' deadlines, as the base keeps them. */
public interface WorkRepository {

    /**
     * Takes every company whose deadline passed before {@code now} out of active work, to its
     * queue's expiry status (the re-call pool rests {@code recallAfter}), and records it.
     * Returns how many companies moved.
     */
    int expire(Tx tx, Instant now, Duration recallAfter);

    /** The companies that left a working list since {@code since}, newest first; one caller's, or everyone's for null. */
    List<ExpiredWork> expired(Tx tx, Long callerId, Instant since);
}
