package app.obzvon.queue;

import java.time.Instant;
import java.util.Optional;

/**
 * Which contact is on whose screen. A claim is a lease: the holder (one window) has the contact
 * until it logs an outcome, leaves, or the lease runs out. Every claim's SQL lives in one class.
 */
public interface ClaimRepository {

    /** Claims the contact for the holder, unless another holder's lease on it still runs. */
    boolean claim(long contactId, String holder, long personId, Instant until, Instant now);

    /** The holder whose lease on the contact still runs, if any. */
    Optional<String> holderOf(long contactId, Instant now);

    /** The last holder of the contact, its lease run out or not; empty when it was let go. */
    Optional<String> lastHolderOf(long contactId);

    /** Lets go of whatever the holder has. */
    void release(String holder);

    /** Extends the holder's leases: the card is still on screen. */
    void renew(String holder, Instant until);
}
