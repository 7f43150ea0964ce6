package app.obzvon.call;

import app.obzvon.contact.RefusalReason;

import java.time.Instant;

/** What the caller adds to an outcome: a note, and the callback time or refusal reason it asks for. */
public record CallDetails(String note, Instant callbackAt, RefusalReason refusalReason) {

    public static CallDetails none() {
        return new CallDetails(null, null, null);
    }

    public CallDetails withNote(String text) {
        return new CallDetails(text == null || text.isBlank() ? null : text.strip(), callbackAt, refusalReason);
    }
}
