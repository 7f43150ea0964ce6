package app.obzvon.inbound;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.Phone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Inbound requests, the duty roster, and who is on shift to take them. */
public interface InboundRepository {

    /** The company a number belongs to (the first one, if several have it): its id and who holds it. */
    record Match(long contactId, String company, Long ownerId, boolean doNotCall) {
    }

    Optional<Match> byPhone(Tx tx, String e164);

    /** Whether the number is on the do-not-call list. */
    boolean listed(Tx tx, String e164);

    /** A new company in status New for the request, with its number; its id. */
    long addCompany(Tx tx, NewRequest request, Phone phone, Instant at);

    /** Records a request for the company, nobody's yet; its id. */
    long add(Tx tx, long contactId, NewRequest request, String e164, Instant receivedAt, long enteredBy);

    /** The requests given to nobody yet, the oldest first. */
    List<InboundRequest> unassigned(Tx tx);

    /** Callers (active) with a shift open and no pause open, and their last request. */
    List<OnShift> onShift(Tx tx, Instant now);

    /** Who is on duty for this half-day, if anyone. */
    Optional<Long> onDuty(Tx tx, LocalDate day, HalfDay half);

    /**
     * Gives the request to the caller: the company becomes theirs with a callback due {@code at}, in
     * {@code status} (a refused company comes back to work), so it is the first thing they are given.
     */
    void assign(Tx tx, long requestId, long contactId, long callerId, Instant at, ContactStatus status);

    /** Requests received from {@code from} on, and any older one not answered yet; newest first. */
    List<InboundRequest> since(Tx tx, Instant from);

    /** Requests not answered yet that came in no later than {@code receivedBy}, the oldest first. */
    List<InboundRequest> unanswered(Tx tx, Instant receivedBy);

    /**
     * The newest request on the company given to the caller and not answered yet, marked shown at
     * {@code at} if it was not shown before.
     */
    Optional<InboundCard> shownTo(Tx tx, long contactId, long callerId, Instant at);

    List<Duty> roster(Tx tx, LocalDate from, LocalDate to);

    /** Sets who is on duty then; null: nobody. */
    void setDuty(Tx tx, LocalDate day, HalfDay half, Long callerId);
}
