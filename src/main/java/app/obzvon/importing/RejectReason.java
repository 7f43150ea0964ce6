package app.obzvon.importing;

/**
 * Why a row of the file was not imported. The caller turns these into words in the user's
 * language. Rows with every cell blank are skipped without a reason and not counted at all.
 */
public enum RejectReason {
    /** No phone cell has anything in it. */
    NO_PHONE,
    /** Phone cells have text, but no valid number in it. */
    INVALID_PHONE,
    /** Neither a company nor a person to ask for. */
    NO_COMPANY,
    /** Every number of the row is on an earlier row of the file. */
    DUPLICATE_IN_FILE,
    /** Every number of the row is in the base already (some may be on earlier rows too). */
    DUPLICATE_IN_BASE,
    /** Every number of the row is on the do-not-call list. */
    DO_NOT_CALL;

    /** Duplicates are counted apart from the rows rejected for a problem of their own. */
    public boolean isDuplicate() {
        return this == DUPLICATE_IN_FILE || this == DUPLICATE_IN_BASE;
    }
}
