package app.obzvon.importing;

/** A row as the workers read it: a contact to import, the reason it cannot be one, or neither for a blank row. */
record ReadRow(RawRow raw, ImportedContact contact, RejectReason reason) {

    boolean isBlank() {
        return contact == null && reason == null;
    }
}
