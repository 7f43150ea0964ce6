package app.obzvon.call;

/** When an outcome brings the contact back: never, after the retry delay, or at a time the caller picks. */
public enum NextCall {
    NONE, RETRY, ASK
}
