package app.obzvon.figures;

/**
 * What calls add up to: calls, conversations (outcome {@code is_conversation}), qualified leads
 * ({@code is_lead}, a booked meeting included), meetings ({@code is_meeting}) and talk time.
 */
public record Counts(int calls, int conversations, int leads, int meetings, long talkSeconds) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(calls + other.calls, conversations + other.conversations, leads + other.leads,
                meetings + other.meetings, talkSeconds + other.talkSeconds);
    }
}
