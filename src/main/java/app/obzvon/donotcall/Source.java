package app.obzvon.donotcall;

/** How a number came onto the do-not-call list ({@code do_not_call.source}). */
public enum Source {
    /** A caller's "do not call" outcome on that number. */
    CALL,
    /** A supervisor's file of numbers. */
    IMPORT,
    /** A supervisor typed it in. */
    SUPERVISOR
}
