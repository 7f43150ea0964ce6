package app.obzvon.queue;

import app.obzvon.common.Tx;

import java.time.Instant;
import java.util.Optional;

/**
 * Which contact is on whose screen. A claim is a lease: the holder (one window) has the contact
 * until it logs an outcome, leaves, or the lease runs out. Every claim's SQL lives in one class.
 */
public interface ClaimRepository {

    /** Claims the contact for the holder, unless another holder's lease on it still runs. */
    boolean claim(Tx tx, long contactId, String holder, long personId, Instant until, Instant now);

    /** The holder whose lease on the contact still runs, if any. */
    Optional<String> holderOf(Tx tx, long contactId, Instant now);

    /** The last holder of the contact, its lease run out or not; empty when it was let go. */
    Optional<String> lastHolderOf(Tx tx, long contactId);

    /** Lets go of whatever the holder has. */
    void release(Tx tx, String holder);

    /** Lets go of one contact the holder has. */
    void release(Tx tx, String holder, long contactId);

    /** Extends the holder's leases: the card is still on screen. */
    void renew(Tx tx, String holder, Instant until);
}
