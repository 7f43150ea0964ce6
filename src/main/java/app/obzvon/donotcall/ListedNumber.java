package app.obzvon.donotcall;

import java.time.Instant;

/**
 * One number on the do-not-call list, as the supervisor's window shows it.
 *
 * @param shown     the number written the usual way ("+7 495 123-45-67")
 * @param addedBy   the person who added it (the caller whose call did, or the supervisor), null when unknown
 * @param companies how many companies in the base have this number
 */
public record ListedNumber(String e164, String shown, Instant addedAt, String addedBy, Source source, int companies) {
}
