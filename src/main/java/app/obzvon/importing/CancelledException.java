package app.obzvon.importing;

/** The user stopped the pass; an import that was stopped wrote nothing. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("The import was cancelled");
    }
}
