package app.obzvon.demo;

/** What a demo load added: how many companies and how many call queues. */
public record DemoSummary(int contacts, int queues) {
}
