package app.obzvon.call;

import app.obzvon.common.Transactions;
import app.obzvon.contact.ContactRepository;
import app.obzvon.settings.CallingRules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Logs a call's outcome and its effect on the contact as one transaction, and takes it back. */
public final class CallLogger {

    public static final Duration UNDO_WINDOW = Duration.ofSeconds(60);

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final CallRepository calls;
    private final Supplier<CallingRules> rules;
    private final Clock clock;

    public CallLogger(Transactions transactions, ContactRepository contacts, CallRepository calls,
                      Supplier<CallingRules> rules, Clock clock) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.calls = calls;
        this.rules = rules;
        this.clock = clock;
    }

    /** Returns once the call and the contact's new state are committed. */
    public LoggedCall log(long contactId, Long queueId, long callerId, Outcome outcome, CallDetails details,
                          Instant startedAt) {
        return transactions.inTransaction(() -> {
            var before = contacts.state(contactId)
                    .orElseThrow(() -> new IllegalArgumentException("no contact " + contactId));
            var now = clock.instant();
            var after = outcome.applyTo(before, details, now, rules.get());
            long id = calls.add(new NewCall(contactId, queueId, callerId, outcome.id(), startedAt, now, details, before));
            contacts.updateState(contactId, after);
            return new LoggedCall(id, contactId, now, before);
        });
    }

    public boolean canUndo(LoggedCall call) {
        return !clock.instant().isAfter(call.loggedAt().plus(UNDO_WINDOW));
    }

    /**
     * Removes the call and puts the contact back as it was. Empty when the call is gone or the
     * undo window has passed; then nothing changes.
     */
    public Optional<Long> undo(long callId) {
        return transactions.inTransaction(() -> calls.find(callId)
                .filter(this::canUndo)
                .map(call -> {
                    contacts.updateState(call.contactId(), call.contactBefore());
                    calls.delete(call.id());
                    return call.contactId();
                }));
    }
}
