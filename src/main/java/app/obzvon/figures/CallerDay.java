package app.obzvon.figures;

import java.time.Instant;

/**
 * One caller's today on the dashboard: where they are (the pause's reason, {@code BREAK},
 * {@code TRAINING}…, while in one; since when), what they did, their targets for today, the calls
 * a straight line from the start to the end of their day expects by now, the calls an hour it takes
 * from now to reach the target ({@code null}: no time left in their day, or nothing left to do), and
 * whether they are behind on calls and on leads ({@code leadsTarget} null: none asked of them).
 */
public record CallerDay(long callerId, String name, Presence presence, String pauseReason, Instant since,
                        Counts counts, int callsTarget, Integer leadsTarget, int expectedCalls, Double pace,
                        boolean behind, boolean leadsBehind) {
}
