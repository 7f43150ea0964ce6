package app.obzvon.queue;

import java.util.Objects;

/**
 * Everything a supervisor sets on a queue in its editor: its name, which companies (the filter),
 * the script, the daily target, the calling hours, and the working list and deadline.
 */
public record QueueSettings(String name, QueueFilter filter, Long scriptId, int dailyTarget, CallingHours hours,
                            WorkRules work) {

    public static final int MAX_NAME = 200;

    public QueueSettings {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a queue needs a name of 1.." + MAX_NAME + " characters");
        }
        Objects.requireNonNull(filter);
        CallQueue.checkTarget(dailyTarget);
        Objects.requireNonNull(hours);
        Objects.requireNonNull(work);
    }

    public static QueueSettings of(CallQueue q) {
        return new QueueSettings(q.name(), q.filter(), q.scriptId(), q.dailyTarget(), q.hours(), q.work());
    }
}
