package app.obzvon.handoff;

import java.time.Instant;
import java.util.List;

/**
 * A contact ready for the next sales stage, as its latest qualifying call left it: one row of the
 * hand-over file.
 *
 * @param callId       the qualifying call
 * @param phones       the contact's numbers in export form (see {@link #phone})
 * @param outcomeLabel the supervisor's own label; null for a built-in outcome, whose text is translated
 * @param at           when the call was logged
 * @param agreedAt     the callback or meeting time the prospect agreed to; null when none
 */
public record Lead(
        long callId,
        long contactId,
        String company,
        String person,
        List<String> phones,
        String city,
        String outcomeCode,
        String outcomeLabel,
        String callerName,
        Instant at,
        String note,
        Instant agreedAt) {

    public Lead {
        phones = List.copyOf(phones);
    }

    /**
     * A number as the next stage dials it: E.164 with its extension ({@code +74951234567 ext. 123});
     * a number never normalised (added before imports filled E.164) goes out as it was written.
     */
    public static String phone(String number, String e164, String extension) {
        if (e164 == null || e164.isBlank()) {
            return number;
        }
        return extension == null || extension.isBlank() ? e164 : e164 + " ext. " + extension;
    }
}
