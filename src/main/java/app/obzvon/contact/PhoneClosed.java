package app.obzvon.contact;

/** Why a number is never dialled again. */
public enum PhoneClosed {
    /** Someone else answers it. */
    WRONG_NUMBER,
    /** Its owner asked never to be called. */
    DO_NOT_CALL
}
