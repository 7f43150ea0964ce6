package app.obzvon.call;

import app.obzvon.contact.RefusalReason;
import app.obzvon.script.ScriptPath;

import java.time.Instant;

/**
 * What the caller adds to an outcome: a note, the callback time or refusal reason it asks for,
 * the way the call went through its script (null without one), and the number that was on the line
 * (null: the first that may be dialled).
 */
public record CallDetails(String note, Instant callbackAt, RefusalReason refusalReason, ScriptPath script,
                          Long phoneId) {

    public CallDetails(String note, Instant callbackAt, RefusalReason refusalReason) {
        this(note, callbackAt, refusalReason, null, null);
    }

    public static CallDetails none() {
        return new CallDetails(null, null, null);
    }

    public CallDetails withNote(String text) {
        return new CallDetails(text == null || text.isBlank() ? null : text.strip(), callbackAt, refusalReason, script,
                phoneId);
    }

    public CallDetails withScript(ScriptPath path) {
        return new CallDetails(note, callbackAt, refusalReason, path, phoneId);
    }

    public CallDetails withPhone(Long id) {
        return new CallDetails(note, callbackAt, refusalReason, script, id);
    }
}
