package app.obzvon.contact;

import java.util.List;
import java.util.Optional;

public interface ContactRepository {

    /** Adds the contacts in one batch and returns how many were added. */
    int addAll(List<NewContact> contacts);

    Optional<Contact> find(long id);

    /**
     * Where the contact stands (status, attempts, next call), without the rest of the card, and its
     * version: how many times its state has changed.
     */
    Optional<Current> current(long id);

    /** Sets the state and counts one more version. */
    void updateState(long id, ContactState state);

    /** {@code zone}: the company's time zone, null when unknown. */
    record Current(ContactState state, int version, java.time.ZoneId zone) {
    }

    /** The contact's numbers that may still be dialled, in their order. */
    List<Long> openPhones(long contactId);

    /**
     * Closes one number for good (null opens it again: an undo). {@code personId}: who said so, kept
     * on the do-not-call list for a "do not call".
     */
    void closePhone(long phoneId, PhoneClosed why, long personId);

    /** A supervisor's correction of the card's names, place and zone. */
    void correct(long id, Correction correction);

    /** One more number at the end of the card. */
    void addPhone(long contactId, String written, Phone phone);

    /** Whether the base holds no contact at all (one look, not a count). */
    boolean isEmpty();
}
