package app.obzvon.queue;

import app.obzvon.contact.Contact;
import app.obzvon.contact.NextCallKind;
import app.obzvon.settings.CallingRules;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides which contact a caller gets next: promised callbacks first (a broken promise loses the
 * lead), then companies never called, then no-answer and busy retries whose delay has passed.
 */
public final class Dispenser {

    private final QueueRepository queues;
    private final Supplier<CallingRules> rules;
    private final Clock clock;

    public Dispenser(QueueRepository queues, Supplier<CallingRules> rules, Clock clock) {
        this.queues = queues;
        this.rules = rules;
        this.clock = clock;
    }

    public Optional<Contact> next(CallQueue queue) {
        var now = clock.instant();
        int maxAttempts = rules.get().maxAttempts();
        return queues.firstDue(queue, NextCallKind.CALLBACK, now, maxAttempts)
                .or(() -> queues.firstNeverCalled(queue))
                .or(() -> queues.firstDue(queue, NextCallKind.RETRY, now, maxAttempts));
    }

    /** For an empty queue: when it fills again, if ever. */
    public Optional<UpcomingCall> upcoming(CallQueue queue) {
        return queues.firstUpcoming(queue, clock.instant(), rules.get().maxAttempts());
    }
}
