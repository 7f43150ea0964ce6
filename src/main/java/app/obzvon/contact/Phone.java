package app.obzvon.contact;

/**
 * One phone number: as it was written, in E.164 (kept as its digits, which fit a long and make
 * de-duplication cheap), with its extension and the time zone it rings in (null when unknown).
 */
public record Phone(String written, long digits, String extension, String timeZone) {

    public String e164() {
        return "+" + digits;
    }
}
