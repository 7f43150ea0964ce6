package app.obzvon.handoff;

import app.obzvon.common.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Leads and the batches that handed them over. */
public interface LeadRepository {

    /**
     * One lead per contact: its latest call (by time logged) matching the criteria, logged within
     * [from, to) (null: open), oldest first; each is passed on as soon as it is read. Only contacts
     * that still stand where such a call left them: Qualified for the lead outcomes, otherwise
     * {@link app.obzvon.contact.ContactStatus#HANDABLE}; and, when not only new ones, Handed over.
     */
    void find(Tx tx, LeadCriteria criteria, Instant from, Instant to, Consumer<Lead> each);

    /** The leads a batch handed over, in the order {@link #find} gave them; empty for an unknown batch. */
    List<Lead> inBatch(Tx tx, long handoverId);

    /** Records a batch of these leads (each contact with its call) and returns it; they read as Handed over from then on. */
    Handover addBatch(Tx tx, Instant at, long callerId, String criteria, List<Lead> leads);

    Optional<Handover> batch(Tx tx, long id);

    /** Every batch, the newest first. */
    List<Handover> batches(Tx tx);
}
