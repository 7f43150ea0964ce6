package app.obzvon.queue;

public record NewQueue(String name, QueueFilter filter, Long scriptId, int dailyTarget) {
}
