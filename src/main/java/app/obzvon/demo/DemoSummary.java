package app.obzvon.demo;

public record DemoSummary(int contacts, int queues) {
}
