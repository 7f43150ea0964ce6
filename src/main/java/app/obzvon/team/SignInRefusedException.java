package app.obzvon.team;

import java.time.Duration;

/** A sign-in or unlock that did not go through, and why; nothing else changed but the count of failures. */
public final class SignInRefusedException extends RuntimeException {

    /** NOT_A_PERSON: on a server, connected as a role that is nobody's login in this base. */
    public enum Reason { WRONG_PIN, WAIT, INACTIVE, NO_PIN, NOT_A_PERSON }

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
