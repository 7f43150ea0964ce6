package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.queue.TargetPreset;
import app.obzvon.team.CallerTarget;
import app.obzvon.team.TargetRepository;
import org.jooq.Record;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static app.obzvon.persistence.jooq.Tables.CALLERS;

/** The targets live with each person in {@code callers} (V12). */
public final class JooqTargetRepository implements TargetRepository {

    @Override
    public CallerTarget of(Tx tx, long personId) {
        return JooqTx.dsl(tx).select(CALLERS.DAILY_TARGET, CALLERS.DAILY_LEADS, CALLERS.TARGET_PRESET, CALLERS.SHIFT_MINUTES)
                .from(CALLERS).where(CALLERS.ID.eq((int) personId))
                .fetchOptional(JooqTargetRepository::target).orElse(CallerTarget.NONE);
    }

    @Override
    public Map<Long, CallerTarget> all(Tx tx) {
        var all = new LinkedHashMap<Long, CallerTarget>();
        JooqTx.dsl(tx).select(CALLERS.ID, CALLERS.DAILY_TARGET, CALLERS.DAILY_LEADS, CALLERS.TARGET_PRESET,
                        CALLERS.SHIFT_MINUTES)
                .from(CALLERS).orderBy(CALLERS.ID)
                .forEach(r -> all.put((long) r.get(CALLERS.ID), target(r)));
        return all;
    }

    @Override
    public void set(Tx tx, long personId, CallerTarget t) {
        JooqTx.dsl(tx).update(CALLERS)
                .set(CALLERS.DAILY_TARGET, t.calls())
                .set(CALLERS.DAILY_LEADS, t.leads())
                .set(CALLERS.TARGET_PRESET, t.preset() == null ? null : t.preset().name())
                .set(CALLERS.SHIFT_MINUTES, t.shift() == null ? null : (int) t.shift().toMinutes())
                .where(CALLERS.ID.eq((int) personId))
                .execute();
    }

    private static CallerTarget target(Record r) {
        var preset = r.get(CALLERS.TARGET_PRESET);
        var minutes = r.get(CALLERS.SHIFT_MINUTES);
        return new CallerTarget(r.get(CALLERS.DAILY_TARGET), r.get(CALLERS.DAILY_LEADS),
                preset == null ? null : TargetPreset.valueOf(preset), minutes == null ? null : Duration.ofMinutes(minutes));
    }
}
