package app.obzvon.shift;

import app.obzvon.common.Tx;

import java.time.Instant;
import java.util.Optional;

public interface ShiftRepository {

    /** The caller's open shift with its pauses, the newest if several were left open. */
    Optional<Shift> open(Tx tx, long callerId);

    long start(Tx tx, long callerId, Instant startedAt, Instant plannedEnd);

    /** Ends the shift, and a pause still running in it, at {@code at}. */
    void end(Tx tx, long shiftId, Instant at);

    long pause(Tx tx, long shiftId, PauseReason reason, Instant at);

    void resume(Tx tx, long pauseId, Instant at);
}
