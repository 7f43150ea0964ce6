package app.obzvon.figures;

import app.obzvon.contact.ContactStatus;

import java.util.List;
import java.util.Set;

/**
 * Calls → conversations → qualified leads → meetings → handed over → deals in a period. Handed
 * over counts the leads in the batches made in the period; deals the companies the next stage's
 * results moved to Deal, Deal support or Client for the first time in it.
 */
public record Funnel(int calls, int conversations, int leads, int meetings, int handedOver, int deals) {

    /** The statuses that mean money: the funnel's end, as {@code handoff.StageStatuses} orders them. */
    public static final Set<ContactStatus> DEALS = Set.of(ContactStatus.DEAL, ContactStatus.DEAL_SUPPORT,
            ContactStatus.CLIENT);

    public enum Step { CALLS, CONVERSATIONS, LEADS, MEETINGS, HANDED_OVER, DEALS }

    /**
     * One bar: its count and its share of the step it comes from ({@code from}; null for the first
     * bar, and the share null while that step is empty). Leads are handed over, meetings or not, so
     * the hand-over's share is of the leads.
     */
    public record Bar(Step step, int count, Step from, Double conversion) {
    }

    public List<Bar> bars() {
        return List.of(new Bar(Step.CALLS, calls, null, null),
                bar(Step.CONVERSATIONS, conversations, Step.CALLS, calls),
                bar(Step.LEADS, leads, Step.CONVERSATIONS, conversations),
                bar(Step.MEETINGS, meetings, Step.LEADS, leads),
                bar(Step.HANDED_OVER, handedOver, Step.LEADS, leads),
                bar(Step.DEALS, deals, Step.HANDED_OVER, handedOver));
    }

    private static Bar bar(Step step, int count, Step from, int fromCount) {
        return new Bar(step, count, from, fromCount == 0 ? null : (double) count / fromCount);
    }
}
