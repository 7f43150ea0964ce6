package app.obzvon.handoff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which leads to hand over: the outcomes that count, the period, the queue, the caller, and whether
 * leads handed over before are left out.
 *
 * @param outcomeIds the outcomes that count; empty means every outcome marked as a lead
 *                   (Qualified lead, Meeting booked and a supervisor's own lead outcomes)
 * @param from       the first day, inclusive, in the workstation's time zone; null: no lower bound
 * @param to         the last day, inclusive, in the workstation's time zone; null: up to now
 * @param queueId    only calls made in this queue; null: any queue (and calls made outside one)
 * @param callerId   only calls made by this caller; null: anyone's
 * @param onlyNew    leave out every contact that any earlier batch handed over
 */
public record LeadCriteria(Set<Long> outcomeIds, LocalDate from, LocalDate to, Long queueId, Long callerId,
                           boolean onlyNew) {

    private static final int MAX_DESCRIPTION = 2000;

    public LeadCriteria {
        outcomeIds = outcomeIds == null ? Set.of() : Set.copyOf(outcomeIds);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** The default of the export dialog: every lead outcome, any time, queue and caller, only new leads. */
    public static LeadCriteria newLeads() {
        return new LeadCriteria(Set.of(), null, null, null, null, true);
    }

    public LeadCriteria withOutcomes(Set<Long> ids) {
        return new LeadCriteria(ids, from, to, queueId, callerId, onlyNew);
    }

    /** Both days inclusive; either may be null for an open end. */
    public LeadCriteria withPeriod(LocalDate first, LocalDate last) {
        return new LeadCriteria(outcomeIds, first, last, queueId, callerId, onlyNew);
    }

    public LeadCriteria withQueue(Long id) {
        return new LeadCriteria(outcomeIds, from, to, id, callerId, onlyNew);
    }

    public LeadCriteria withCaller(Long id) {
        return new LeadCriteria(outcomeIds, from, to, queueId, id, onlyNew);
    }

    public LeadCriteria withOnlyNew(boolean only) {
        return new LeadCriteria(outcomeIds, from, to, queueId, callerId, only);
    }

    /** Whether the outcomes are the ones marked as a lead, rather than a chosen set. */
    public boolean leadOutcomes() {
        return outcomeIds.isEmpty();
    }

    /** The start of the first day in the zone; null when open. */
    public Instant fromInstant(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The start of the day after the last day in the zone (exclusive); null when open. */
    public Instant toInstantExclusive(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The criteria as a line of text, stored with the batch (not translated: it is a record, not UI). */
    public String describe(ZoneId zone) {
        var text = "outcomes=" + (outcomeIds.isEmpty() ? "lead" : String.join(",",
                        new TreeSet<>(outcomeIds).stream().map(String::valueOf).toList()))
                + "; period=" + (from == null ? "*" : from) + ".." + (to == null ? "*" : to) + " " + zone.getId()
                + "; queue=" + (queueId == null ? "*" : queueId)
                + "; caller=" + (callerId == null ? "*" : callerId)
                + "; only-new=" + onlyNew;
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
