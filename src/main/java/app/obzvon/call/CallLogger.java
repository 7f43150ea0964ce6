package app.obzvon.call;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactRepository;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.WorkRules;
import app.obzvon.settings.CallingRules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Logs a call's outcome and its effect on the contact, and takes it back, in the transaction of the
 * step that runs it (the caller's round: the call, the new state and the next screen as one).
 */
public final class CallLogger {

    public static final Duration UNDO_WINDOW = Duration.ofSeconds(60);

    private final ContactRepository contacts;
    private final CallRepository calls;
    private final Function<Tx, CallingRules> rules;
    private final Clock clock;

    public CallLogger(ContactRepository contacts, CallRepository calls, Function<Tx, CallingRules> rules, Clock clock) {
        this.contacts = contacts;
        this.calls = calls;
        this.rules = rules;
        this.clock = clock;
    }

    /** The call and the contact's new state, stored with the transaction's commit. */
    public LoggedCall log(Tx tx, long contactId, CallQueue queue, long callerId, Outcome outcome, CallDetails details,
                          Instant startedAt) {
        Long queueId = queue == null ? null : queue.id();
        var work = queue == null ? WorkRules.DEFAULT : queue.work();
        var current = contacts.current(tx, contactId)
                .orElseThrow(() -> new IllegalArgumentException("no contact " + contactId));
        var before = current.state();
        var now = clock.instant();
        // A company of no known zone is taken to be in the office's.
        var zone = current.zone() == null ? clock.getZone() : current.zone();
        var after = outcome.applyTo(before, details, now, rules.apply(tx), zone);
        Long closed = null;
        var why = outcome.closesNumber();
        if (why != null) {
            // Wrong number and do not call are about the number dialled: the company closes only
            // when it was the last one that could be dialled.
            var open = contacts.openPhones(tx, contactId);
            var onLine = details.phoneId() != null && open.contains(details.phoneId()) ? details.phoneId()
                    : open.isEmpty() ? null : open.get(0);
            if (onLine != null) {
                contacts.closePhone(tx, onLine, why, callerId);
                closed = onLine;
                if (open.size() > 1) {
                    after = outcome.applyToOneNumber(before, now);
                }
            }
        }
        after = after.withWork(work.after(before, after, callerId, queueId, now));
        int version = current.version() + 1;
        long id = calls.add(tx, new NewCall(contactId, queueId, callerId, outcome.id(), startedAt, now, details, before,
                version, closed));
        contacts.updateState(tx, contactId, after);
        return new LoggedCall(id, contactId, callerId, now, before, version, closed, after);
    }

    public boolean canUndo(LoggedCall call) {
        return !clock.instant().isAfter(call.loggedAt().plus(UNDO_WINDOW));
    }

    /**
     * Puts the contact back as it was before the call and keeps the call as undone. Only the person
     * who logged it, within the undo window, and only while the contact is as the call left it:
     * otherwise nothing changes and the answer says why.
     */
    public Undo undo(Tx tx, long callId, long personId) {
        var found = calls.find(tx, callId);
        if (found.isEmpty()) {
            return Undo.GONE;
        }
        var call = found.get();
        if (call.callerId() != personId) {
            return Undo.NOT_YOURS;
        }
        if (!canUndo(call)) {
            return Undo.TOO_LATE;
        }
        var current = contacts.current(tx, call.contactId());
        if (current.isEmpty() || call.contactVersionAfter() == null
                || current.get().version() != call.contactVersionAfter()) {
            return Undo.CHANGED_SINCE;
        }
        contacts.updateState(tx, call.contactId(), call.contactBefore());
        if (call.closedPhoneId() != null) {
            contacts.closePhone(tx, call.closedPhoneId(), null, personId);
        }
        calls.markUndone(tx, call.id(), personId, clock.instant());
        return Undo.UNDONE;
    }
}
