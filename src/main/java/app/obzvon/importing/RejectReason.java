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
    DO_NOT_CALL,
    /** A field's text is longer than the base keeps ({@link Field#maxLength()}); one reason per field. */
    COMPANY_TOO_LONG(Field.COMPANY),
    PERSON_TOO_LONG(Field.PERSON),
    CITY_TOO_LONG(Field.CITY),
    REGION_TOO_LONG(Field.REGION),
    TAX_ID_TOO_LONG(Field.TAX_ID),
    EMAIL_TOO_LONG(Field.EMAIL),
    WEBSITE_TOO_LONG(Field.WEBSITE),
    CATEGORY_TOO_LONG(Field.CATEGORY),
    SOURCE_TOO_LONG(Field.SOURCE);

    private final Field tooLong;

    RejectReason() {
        this(null);
    }

    RejectReason(Field tooLong) {
        this.tooLong = tooLong;
    }

    /** Duplicates are counted apart from the rows rejected for a problem of their own. */
    public boolean isDuplicate() {
        return this == DUPLICATE_IN_FILE || this == DUPLICATE_IN_BASE;
    }

    /** The field whose text is too long, or null for other reasons. */
    public Field tooLongField() {
        return tooLong;
    }

    /** The reason a row is rejected for the field's text being too long. */
    static RejectReason tooLong(Field field) {
        for (var reason : values()) {
            if (reason.tooLong == field) {
                return reason;
            }
        }
        throw new IllegalArgumentException("No length limit on " + field);
    }
}
