package app.obzvon.figures;

/** One caller's counts in a period. */
public record CallerCounts(long callerId, String name, Counts counts) {
}
