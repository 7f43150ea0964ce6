package app.obzvon.search;

import app.obzvon.common.RefusedException;
import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactRepository;
import app.obzvon.contact.ContactState;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.Correction;
import app.obzvon.contact.PhoneClosed;
import app.obzvon.contact.PhoneNumbers;

import java.util.Set;

/**
 * A supervisor corrects a company found by a search: its names, place and zone, its status, its
 * numbers (one added, one closed as a wrong number or opened again). Each change is one
 * transaction, audited, and counts as a change of the company, so an earlier call can no longer be
 * undone over it.
 */
public final class Corrections {

    /** Statuses a supervisor may set here; the next stage's arrive with its results, Handed over with a hand-over. */
    public static final Set<ContactStatus> SETTABLE = Set.of(ContactStatus.NEW, ContactStatus.CONTACT_1,
            ContactStatus.CONTACT_2, ContactStatus.CONTACT_3, ContactStatus.QUALIFIED, ContactStatus.REFUSED,
            ContactStatus.STRATEGIC_RESERVE, ContactStatus.RECALL_POOL, ContactStatus.WRONG_NUMBER);

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final Access access;
    private final Audit audit;
    private PhoneNumbers numbers;

    public Corrections(Transactions transactions, ContactRepository contacts, Access access, Audit audit) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.access = access;
        this.audit = audit;
    }

    /** The whole card, numbers and all: a supervisor's. */
    public Contact card(long contactId) {
        access.requireSupervisor();
        return transactions.inTransaction(tx -> find(tx, contactId));
    }

    public Contact correct(long contactId, Correction c) {
        access.requireSupervisor();
        if (c.status() != null && !SETTABLE.contains(c.status())) {
            throw new RefusedException("correct.status.not.here");
        }
        return transactions.inTransaction(tx -> {
            var before = find(tx, contactId);
            contacts.correct(tx, contactId, c);
            if (c.status() != null && c.status() != before.status()) {
                contacts.updateState(tx, contactId, withStatus(before.state(), c.status()));
            }
            audit.record(tx, AuditAction.CONTACT_CORRECTED, before.company()
                    + (c.status() != null && c.status() != before.status() ? ": " + before.status() + " → " + c.status() : ""),
                    (int) contactId);
            return find(tx, contactId);
        });
    }

    /**
     * The company at a status the supervisor set: a status nobody calls ends its next call; one out
     * of active work leaves the working list (a callback's owner stays while it is due).
     */
    static ContactState withStatus(ContactState s, ContactStatus status) {
        boolean callable = status.isCallable();
        var work = ContactStatus.IN_WORK.contains(status) || callable && s.nextCallKind() != null ? s.work() : null;
        return new ContactState(status, s.attempts(), callable ? s.nextCallAt() : null,
                callable ? s.nextCallKind() : null, s.doNotCall(), s.refusalReason(), work);
    }

    /** Adds a number written in any usual form; one that cannot be read is refused and nothing changes. */
    public Contact addPhone(long contactId, String written) {
        access.requireSupervisor();
        if (numbers == null) {
            numbers = new PhoneNumbers(PhoneNumbers.DEFAULT_REGION);
        }
        var read = numbers.read(written == null ? "" : written);
        if (read.isEmpty()) {
            throw new RefusedException("correct.phone.bad", written == null ? "" : written.strip());
        }
        return transactions.inTransaction(tx -> {
            var before = find(tx, contactId);
            contacts.addPhone(tx, contactId, written.strip(), read.get(0));
            contacts.updateState(tx, contactId, before.state());
            audit.record(tx, AuditAction.PHONE_ADDED, before.company() + ": " + read.get(0).e164(), (int) contactId);
            return find(tx, contactId);
        });
    }

    /** Closes a number as a wrong number, or opens a closed one again. */
    public Contact setPhoneClosed(long contactId, long phoneId, boolean closed) {
        var me = access.requireSupervisor();
        return transactions.inTransaction(tx -> {
            var before = find(tx, contactId);
            var phone = before.phones().stream().filter(p -> p.id() == phoneId).findFirst()
                    .orElseThrow(() -> new RefusedException("correct.phone.gone"));
            if (phone.closed() == PhoneClosed.DO_NOT_CALL) {
                // The do-not-call list decides over its numbers: a number comes off it there, audited as such.
                throw new RefusedException("correct.phone.listed");
            }
            contacts.closePhone(tx, phoneId, closed ? PhoneClosed.WRONG_NUMBER : null, me.id());
            contacts.updateState(tx, contactId, before.state());
            audit.record(tx, closed ? AuditAction.PHONE_CLOSED : AuditAction.PHONE_OPENED,
                    before.company() + ": " + (phone.e164() == null ? phone.written() : phone.e164()), (int) contactId);
            return find(tx, contactId);
        });
    }

    private Contact find(Tx tx, long contactId) {
        return contacts.find(tx, contactId).orElseThrow(() -> new RefusedException("correct.gone"));
    }
}
