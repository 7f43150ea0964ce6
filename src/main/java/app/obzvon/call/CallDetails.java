package app.obzvon.call;

import app.obzvon.contact.RefusalReason;
import app.obzvon.script.ScriptPath;

import java.time.Instant;

/**
 * What the caller adds to an outcome: a note, the callback time or refusal reason it asks for,
 * and the way the call went through its script (null without one).
 */
public record CallDetails(String note, Instant callbackAt, RefusalReason refusalReason, ScriptPath script) {

    public CallDetails(String note, Instant callbackAt, RefusalReason refusalReason) {
        this(note, callbackAt, refusalReason, null);
    }

    public static CallDetails none() {
        return new CallDetails(null, null, null);
    }

    public CallDetails withNote(String text) {
        return new CallDetails(text == null || text.isBlank() ? null : text.strip(), callbackAt, refusalReason, script);
    }

    public CallDetails withScript(ScriptPath path) {
        return new CallDetails(note, callbackAt, refusalReason, path);
    }
}
