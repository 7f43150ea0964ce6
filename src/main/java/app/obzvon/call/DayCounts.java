package app.obzvon.call;

/**
 * What a caller did in a day, or in a shift: calls, conversations, qualified leads, booked meetings,
 * and the seconds with a card on screen until its outcome (the talk time: no telephony tells more).
 */
public record DayCounts(int calls, int conversations, int leads, int meetings, long talkSeconds) {

    public static final DayCounts NONE = new DayCounts(0, 0, 0, 0, 0);

    /** These counts with one more call. */
    public DayCounts plus(Outcome outcome, long seconds) {
        return new DayCounts(calls + 1, conversations + (outcome.conversation() ? 1 : 0), leads + (outcome.lead() ? 1 : 0),
                meetings + (outcome.meeting() ? 1 : 0), talkSeconds + Math.max(0, seconds));
    }
}
