package app.obzvon.ui.workstation;

/** What the main window's centre shows. */
public enum Screen {
    LOADING, FIRST_START, SIGN_IN, NO_QUEUES, CONTACT, QUEUE_EMPTY, FAILED,
    /** A named path with no base: asks before creating one there. */
    NO_BASE
}
