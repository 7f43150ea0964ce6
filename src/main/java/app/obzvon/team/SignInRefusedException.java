package app.obzvon.team;

import java.time.Duration;

/** A sign-in or unlock that did not go through, and why; nothing else changed but the count of failures. */
public final class SignInRefusedException extends RuntimeException {

    public enum Reason { WRONG_PIN, WAIT, INACTIVE, NO_PIN }

    private final Reason reason;
    private final Duration wait;

    public SignInRefusedException(Reason reason, Duration wait) {
        super(reason + (wait.isZero() ? "" : ", wait " + wait.toSeconds() + " s"));
        this.reason = reason;
        this.wait = wait;
    }

    public Reason reason() {
        return reason;
    }

    /** How long until the next try is taken (zero: at once). */
    public Duration waitFor() {
        return wait;
    }
}
