package app.obzvon.access;

/** An operation refused to the person signed in (or to nobody signed in). Its message is for the log. */
public final class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
