package app.obzvon.ui.common;

import app.obzvon.team.SignIn;

/** A PIN being set (the first supervisor's, a new person's, a reset): long enough, and typed the same twice. */
public final class NewPin {

    private NewPin() {
    }

    /** What is wrong with it, for the status line; null when it may be set. */
    public static Notice problem(String pin, String pinAgain) {
        if (pin == null || pin.strip().length() < SignIn.MIN_PIN_LENGTH) {
            return Notice.error("pin.too.short", SignIn.MIN_PIN_LENGTH);
        }
        return pin.equals(pinAgain) ? null : Notice.error("pin.mismatch");
    }
}
