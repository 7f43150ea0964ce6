package app.obzvon.queue;


import app.obzvon.common.Tx;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * This window's claims: the contact on its screen is leased to it, so no other window (or PC) is
 * given the same company. The lease runs {@link #LEASE}, is renewed while the card stays on
 * screen, and ends when the outcome is logged or the caller leaves; a window that died simply lets
 * it run out.
 */
public final class Claims {

    public static final Duration LEASE = Duration.ofMinutes(10);

    private final ClaimRepository repository;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();

    public Claims(ClaimRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** This window's name on its claims. */
    public String holder() {
        return holder;
    }

    /** Takes the contact for this window; false when another window's lease on it still runs. */
    public boolean claim(Tx tx, long contactId, long personId) {
        var now = clock.instant();
        return repository.claim(tx, contactId, holder, personId, now.plus(LEASE), now);
    }

    /**
     * Whether the contact is the one this window was given and nobody has taken since: its lease
     * may have run out, but no other window claimed it meanwhile.
     */
    public boolean isMine(Tx tx, long contactId) {
        return repository.lastHolderOf(tx, contactId).filter(holder::equals).isPresent();
    }

    /** Whether another window holds the contact now. */
    public boolean heldElsewhere(Tx tx, long contactId) {
        return repository.holderOf(tx, contactId, clock.instant()).filter(h -> !h.equals(holder)).isPresent();
    }

    public void release(Tx tx) {
        repository.release(tx, holder);
    }

    /** Lets go of one contact this window took, leaving the one on screen. */
    public void release(Tx tx, long contactId) {
        repository.release(tx, holder, contactId);
    }

    public void renew(Tx tx) {
        repository.renew(tx, holder, clock.instant().plus(LEASE));
    }
}
