package app.obzvon.call;

/** What a caller did today in one queue. */
public record DayCounts(int calls, int conversations, int leads) {
}
