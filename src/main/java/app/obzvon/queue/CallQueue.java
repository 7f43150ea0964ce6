package app.obzvon.queue;

/**
 * A calling list: which contacts (those its filter matches, plus any put into it by hand; or only
 * those, when {@code membersOnly}), the script to read, how many calls a day it asks for, when its
 * companies may be called (their local time), and its working list and deadline.
 */
public record CallQueue(long id, String name, QueueFilter filter, boolean membersOnly, Long scriptId, int dailyTarget,
                        CallingHours hours, WorkRules work) {

    public static final int DEFAULT_TARGET = 80;
    public static final int MIN_TARGET = 1;
    public static final int MAX_TARGET = 500;

    public CallQueue {
        checkTarget(dailyTarget);
        java.util.Objects.requireNonNull(hours);
        java.util.Objects.requireNonNull(work);
    }

    public static void checkTarget(int target) {
        if (target < MIN_TARGET || target > MAX_TARGET) {
            throw new IllegalArgumentException("daily target must be 1..500, was " + target);
        }
    }

    public CallQueue withDailyTarget(int target) {
        return new CallQueue(id, name, filter, membersOnly, scriptId, target, hours, work);
    }

    @Override
    public String toString() {
        return name;
    }
}
