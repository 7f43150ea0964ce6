package app.obzvon.call;

import app.obzvon.contact.ContactState;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.PhoneClosed;
import app.obzvon.contact.RefusalReason;
import app.obzvon.settings.CallingRules;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One way a call can end, as the supervisor configured it: its key on the outcome bar and what it
 * does to the contact. {@code label} is null for the built-in outcomes, whose text is translated.
 */
public record Outcome(
        long id,
        String code,
        String label,
        Integer hotkey,
        StatusChange statusChange,
        NextCall nextCall,
        boolean asksReason,
        boolean setsDoNotCall,
        boolean conversation,
        boolean lead) {

    /**
     * The contact after a call with this outcome; pure, so the rules are tested without a database.
     * A soft refusal (no budget, crisis, other) and the last unanswered attempt send the company to
     * the re-call pool: called again after the rules' pause, with its attempts counted afresh.
     */
    public ContactState applyTo(ContactState before, CallDetails details, Instant now, CallingRules rules,
                                ZoneId zone) {
        int attempts = before.attempts() + 1;
        Instant nextAt = null;
        NextCallKind nextKind = null;
        switch (nextCall) {
            case RETRY -> {
                if (attempts < rules.maxAttempts()) {
                    nextAt = RetryTimes.next(now, rules.retryDelay(), zone);
                    nextKind = NextCallKind.RETRY;
                } else {
                    return toRecallPool(before, before.refusalReason(), now, rules);
                }
            }
            case ASK -> {
                if (details.callbackAt() == null) {
                    throw new IllegalArgumentException("outcome " + code + " needs a callback time");
                }
                nextAt = details.callbackAt();
                nextKind = NextCallKind.CALLBACK;
            }
            case NONE -> { }
        }
        if (asksReason && details.refusalReason() == null) {
            throw new IllegalArgumentException("outcome " + code + " needs a reason");
        }
        var reason = asksReason ? details.refusalReason() : before.refusalReason();
        if (asksReason && reason.isSoft()) {
            return toRecallPool(before, reason, now, rules);
        }
        return new ContactState(statusChange.applyTo(before.status()), attempts, nextAt, nextKind,
                before.doNotCall() || setsDoNotCall, reason, before.work());
    }

    /** Rests in the pool, then comes back as a retry with its attempts from zero. */
    private ContactState toRecallPool(ContactState before, RefusalReason reason, Instant now, CallingRules rules) {
        return new ContactState(ContactStatus.RECALL_POOL, 0, now.plus(rules.recallAfter()), NextCallKind.RETRY,
                before.doNotCall() || setsDoNotCall, reason, before.work());
    }

    /**
     * Why this outcome closes the number on the line (wrong number, do not call), or null when it
     * says nothing about the number. The company closes only when none of its numbers is left.
     */
    public PhoneClosed closesNumber() {
        if (setsDoNotCall) {
            return PhoneClosed.DO_NOT_CALL;
        }
        return statusChange.applyTo(ContactStatus.NEW) == ContactStatus.WRONG_NUMBER ? PhoneClosed.WRONG_NUMBER : null;
    }

    /**
     * The contact after this outcome closed one of its numbers while others remain: still callable,
     * at once, on the next number. The attempt counts; the status and the reason stay.
     */
    public ContactState applyToOneNumber(ContactState before, Instant now) {
        return new ContactState(before.status(), before.attempts() + 1, now, NextCallKind.RETRY, before.doNotCall(),
                before.refusalReason(), before.work());
    }

    /** Whether the caller must add something (a time, a reason) before this outcome is logged. */
    public boolean needsDetails() {
        return asksReason || nextCall == NextCall.ASK;
    }
}
