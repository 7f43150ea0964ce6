package app.obzvon.audit;

import app.obzvon.access.Access;
import app.obzvon.common.Tx;

import java.time.Clock;

/**
 * Writes what was done, by whom, into the audit log. Services call it with the transaction of the
 * change itself, so a change and its row are stored together or not at all.
 */
public final class Audit {

    private final AuditRepository repository;
    private final Access access;
    private final Clock clock;

    public Audit(AuditRepository repository, Access access, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    /** By the person signed in. */
    public void record(Tx tx, AuditAction action, String subject, Integer count) {
        var person = access.current();
        recordFor(tx, person == null ? null : person.id(), action, subject, count);
    }

    /** By someone not (yet) signed in: a wrong PIN names who it was typed for. */
    public void recordFor(Tx tx, Long personId, AuditAction action, String subject, Integer count) {
        repository.add(tx, clock.instant(), personId, action, subject, count);
    }
}
