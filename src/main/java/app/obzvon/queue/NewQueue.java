package app.obzvon.queue;

public record NewQueue(String name, QueueFilter filter, boolean membersOnly, Long scriptId, int dailyTarget) {

    /** A queue defined by its filter alone. */
    public NewQueue(String name, QueueFilter filter, Long scriptId, int dailyTarget) {
        this(name, filter, false, scriptId, dailyTarget);
    }

    /** A queue for exactly the contacts put into it, such as one imported base. */
    public static NewQueue ofMembers(String name, int dailyTarget) {
        return new NewQueue(name, QueueFilter.any(), true, null, dailyTarget);
    }
}
