package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.shift.Pause;
import app.obzvon.shift.PauseReason;
import app.obzvon.shift.Shift;
import app.obzvon.shift.ShiftRepository;

import java.time.Instant;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.PAUSES;
import static app.obzvon.persistence.jooq.Tables.SHIFTS;

/** Shifts and their pauses (V12); the open shift is read by the caller's index, newest first. */
public final class JooqShiftRepository implements ShiftRepository {

    @Override
    public Optional<Shift> open(Tx tx, long callerId) {
        var dsl = JooqTx.dsl(tx);
        return dsl.selectFrom(SHIFTS)
                .where(SHIFTS.CALLER_ID.eq((int) callerId)).and(SHIFTS.ENDED_AT.isNull())
                .orderBy(SHIFTS.STARTED_AT.desc(), SHIFTS.ID.desc())
                .limit(1)
                .fetchOptional(r -> new Shift(r.getId(), r.getCallerId(), Instant.ofEpochMilli(r.getStartedAt()),
                        Instant.ofEpochMilli(r.getPlannedEndAt()), null,
                        dsl.selectFrom(PAUSES).where(PAUSES.SHIFT_ID.eq(r.getId()))
                                .orderBy(PAUSES.STARTED_AT, PAUSES.ID)
                                .fetch(p -> new Pause(p.getId(), PauseReason.valueOf(p.getReason()),
                                        Instant.ofEpochMilli(p.getStartedAt()),
                                        p.getEndedAt() == null ? null : Instant.ofEpochMilli(p.getEndedAt())))));
    }

    @Override
    public long start(Tx tx, long callerId, Instant startedAt, Instant plannedEnd) {
        return JooqTx.dsl(tx).insertInto(SHIFTS)
                .set(SHIFTS.CALLER_ID, (int) callerId)
                .set(SHIFTS.STARTED_AT, startedAt.toEpochMilli())
                .set(SHIFTS.PLANNED_END_AT, plannedEnd.toEpochMilli())
                .returningResult(SHIFTS.ID).fetchSingle().value1();
    }

    @Override
    public void end(Tx tx, long shiftId, Instant at) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(PAUSES).set(PAUSES.ENDED_AT, at.toEpochMilli())
                .where(PAUSES.SHIFT_ID.eq((int) shiftId)).and(PAUSES.ENDED_AT.isNull()).execute();
        dsl.update(SHIFTS).set(SHIFTS.ENDED_AT, at.toEpochMilli()).where(SHIFTS.ID.eq((int) shiftId)).execute();
    }

    @Override
    public long pause(Tx tx, long shiftId, PauseReason reason, Instant at) {
        return JooqTx.dsl(tx).insertInto(PAUSES)
                .set(PAUSES.SHIFT_ID, (int) shiftId)
                .set(PAUSES.REASON, reason.name())
                .set(PAUSES.STARTED_AT, at.toEpochMilli())
                .returningResult(PAUSES.ID).fetchSingle().value1();
    }

    @Override
    public void resume(Tx tx, long pauseId, Instant at) {
        JooqTx.dsl(tx).update(PAUSES).set(PAUSES.ENDED_AT, at.toEpochMilli()).where(PAUSES.ID.eq((int) pauseId)).execute();
    }
}
