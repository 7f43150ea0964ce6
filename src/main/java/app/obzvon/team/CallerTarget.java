package app.obzvon.team;

import app.obzvon.common.RefusedException;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.TargetPreset;

import java.time.Duration;

/**
 * A caller's own targets, set by the supervisor: calls in a full day ({@code null}: the open queue's
 * target), the qualified leads a day the next stage needs of them ({@code null}: none asked), the
 * preset the calls came from ({@code null}: a number typed), and the usual length of their shift
 * ({@code null}: a full day, {@link #FULL_DAY}).
 */
public record CallerTarget(Integer calls, Integer leads, TargetPreset preset, Duration shift) {

    /** The day a daily target is for: a shift of another length targets its share of it. */
    public static final Duration FULL_DAY = Duration.ofHours(8);
    public static final Duration MIN_SHIFT = Duration.ofHours(1);
    public static final Duration MAX_SHIFT = Duration.ofHours(12);
    public static final int MAX_LEADS = 100;

    public static final CallerTarget NONE = new CallerTarget(null, null, null, null);

    public CallerTarget {
        if (calls != null && (calls < CallQueue.MIN_TARGET || calls > CallQueue.MAX_TARGET)) {
            throw new RefusedException("target.refused.calls", CallQueue.MIN_TARGET, CallQueue.MAX_TARGET);
        }
        if (leads != null && (leads < 0 || leads > MAX_LEADS)) {
            throw new RefusedException("target.refused.leads", MAX_LEADS);
        }
        if (shift != null && (shift.compareTo(MIN_SHIFT) < 0 || shift.compareTo(MAX_SHIFT) > 0)) {
            throw new RefusedException("target.refused.shift", MIN_SHIFT.toHours(), MAX_SHIFT.toHours());
        }
    }

    /** The calls a day: the caller's own, else the queue's. */
    public int callsOr(int queueTarget) {
        return calls == null ? queueTarget : calls;
    }

    /** The shift planned when it starts: the caller's usual length, else a full day. */
    public Duration shiftOrFullDay() {
        return shift == null ? FULL_DAY : shift;
    }

    /**
     * A daily figure pro-rated to a shift's planned length, rounded half up: a 4-hour shift of an
     * 80-a-day caller targets 40. At least 1 while the daily figure is.
     */
    public static int forShift(int daily, Duration planned) {
        if (daily <= 0) {
            return 0;
        }
        long share = Math.round(daily * planned.toMinutes() / (double) FULL_DAY.toMinutes());
        return (int) Math.max(1, share);
    }
}
