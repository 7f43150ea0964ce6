package app.obzvon.importing;

/** A contact field a column of the file can fill. Several columns may be phones; the rest fill one field each. */
public enum Field {
    COMPANY(500), PERSON(300), PHONE(0), CITY(200), REGION(200), TAX_ID(20), EMAIL(300), WEBSITE(300), CATEGORY(200),
    SIZE(0), SOURCE(200);

    private final int maxLength;

    Field(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * The most characters the base keeps of the field (its column in the schema), 0 when a cell's
     * text is not stored as it is (phones, the size). A longer text rejects the row: cut, a name or
     * an address would be wrong without a word.
     */
    public int maxLength() {
        return maxLength;
    }

    /** Whether the text is longer than the base keeps. */
    boolean tooLong(String text) {
        return maxLength > 0 && text != null && text.length() > maxLength;
    }
}
