package app.obzvon.contact;

/** Why a contact is due again: a callback promised to the prospect, or a retry after no answer. */
public enum NextCallKind {
    CALLBACK, RETRY
}
