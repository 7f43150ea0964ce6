package app.obzvon.call;

import app.obzvon.contact.ContactState;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.PhoneClosed;
import app.obzvon.contact.RefusalReason;
import app.obzvon.settings.CallingRules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One way a call can end, as the supervisor configured it in the rule table: its key and colour on
 * the outcome bar and what it does to the contact. The labels ({@code label} Russian, {@code labelEn}
 * English) are null for the built-in outcomes, whose text is translated. A retry waits
 * {@code retryDelay} and stops after {@code maxAttempts}; null for either means the settings'.
 */
public record Outcome(
        long id,
        String code,
        String label,
        String labelEn,
        Integer hotkey,
        String colour,
        StatusChange statusChange,
        NextCall nextCall,
        Duration retryDelay,
        Integer maxAttempts,
        boolean asksReason,
        boolean setsDoNotCall,
        boolean conversation,
        boolean lead,
        boolean meeting,
        int position,
        boolean active) {

    public static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{1,49}");
    public static final java.util.regex.Pattern COLOUR = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");
    public static final Duration MAX_RETRY_DELAY = Duration.ofDays(30);

    public Outcome {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an outcome's code is 2..50 small latin letters, digits or _: " + code);
        }
        if (hotkey != null && (hotkey < 1 || hotkey > 9)) {
            throw new IllegalArgumentException("an outcome's key is 1..9, was " + hotkey);
        }
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("a colour is #rrggbb, was " + colour);
        }
        if (retryDelay != null && (retryDelay.isNegative() || retryDelay.isZero() || retryDelay.compareTo(MAX_RETRY_DELAY) > 0)) {
            throw new IllegalArgumentException("a retry delay is a minute to 30 days, was " + retryDelay);
        }
        if (maxAttempts != null && (maxAttempts < 1 || maxAttempts > 50)) {
            throw new IllegalArgumentException("an outcome's attempts are 1..50, was " + maxAttempts);
        }
    }

    /** The same outcome, with its key moved (or taken away: null). */
    public Outcome withHotkey(Integer key) {
        return new Outcome(id, code, label, labelEn, key, colour, statusChange, nextCall, retryDelay, maxAttempts,
                asksReason, setsDoNotCall, conversation, lead, meeting, position, active);
    }

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
                int limit = maxAttempts == null ? rules.maxAttempts() : Math.min(maxAttempts, rules.maxAttempts());
                if (attempts < limit) {
                    nextAt = RetryTimes.next(now, retryDelay == null ? rules.retryDelay() : retryDelay, zone);
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
