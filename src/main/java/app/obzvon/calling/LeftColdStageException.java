package app.obzvon.calling;

/** The company found has gone on to the next stage (handed over, a deal, a client): not a cold call any more. */
public final class LeftColdStageException extends RuntimeException {

    public LeftColdStageException(long contactId) {
        super("contact " + contactId + " has left the cold stage");
    }
}
