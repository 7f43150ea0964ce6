package app.obzvon.contact;

import app.obzvon.common.Tx;

import java.util.List;
import java.util.Optional;

public interface ContactRepository {

    /** Adds the contacts in one batch and returns how many were added. */
    int addAll(Tx tx, List<NewContact> contacts);

    /**
     * The whole card. On a team's server a caller's role reads it only of a company they hold (on
     * their screen, or in their working list): empty for any other.
     */
    Optional<Contact> find(Tx tx, long id);

    /** The status the card shows (Handed over for a lead in a batch), of any company; empty if there is none. */
    Optional<ContactStatus> cardStatus(Tx tx, long id);

    /**
     * Where the contact stands (status, attempts, next call), without the rest of the card, and its
     * version: how many times its state has changed.
     */
    Optional<Current> current(Tx tx, long id);

    /** Sets the state and counts one more version. */
    void updateState(Tx tx, long id, ContactState state);

    /** {@code zone}: the company's time zone, null when unknown. */
    record Current(ContactState state, int version, java.time.ZoneId zone) {
    }

    /** The contact's numbers that may still be dialled, in their order. */
    List<Long> openPhones(Tx tx, long contactId);

    /**
     * Closes one number for good (null opens it again: an undo). {@code personId}: who said so, kept
     * on the do-not-call list for a "do not call".
     */
    void closePhone(Tx tx, long phoneId, PhoneClosed why, long personId);

    /** A supervisor's correction of the card's names, place and zone. */
    void correct(Tx tx, long id, Correction correction);

    /** One more number at the end of the card. */
    void addPhone(Tx tx, long contactId, String written, Phone phone);

    /** Whether the base holds no contact at all (one look, not a count). */
    boolean isEmpty(Tx tx);
}
