package app.obzvon.figures;

/** Where a caller is now, as the dashboard shows it. */
public enum Presence {
    /** An open shift, no pause running. */
    ON_SHIFT,
    /** An open shift with a pause running. */
    IN_PAUSE,
    /** No open shift, or one whose planned end passed more than {@link app.obzvon.shift.Shift#FORGOTTEN_AFTER} ago. */
    AWAY
}
