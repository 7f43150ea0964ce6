package app.obzvon.call;

/** What an undo did: the contact is back, or why nothing changed. */
public enum Undo {
    UNDONE,
    /** Past the undo window. */
    TOO_LATE,
    /** Another person logged the call. */
    NOT_YOURS,
    /** Someone changed the contact, or has it on screen, since the call. */
    CHANGED_SINCE,
    /** No such call (undone already). */
    GONE
}
