package app.obzvon.calling;

/**
 * The company on screen was given to another caller after this window's lease on it ran out (the
 * screen was left too long): the outcome is not logged, the other caller has it now.
 */
public final class ContactTakenException extends RuntimeException {

    public ContactTakenException(long contactId) {
        super("contact " + contactId + " is held by another caller");
    }
}
