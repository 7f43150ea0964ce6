package app.obzvon.contact;

/**
 * A number on a company's card: as it was written, in E.164 when it could be read (null when not),
 * its extension (null for none), and whether a call closed it (null: it may be dialled).
 */
public record ContactPhone(long id, String written, String e164, String extension, PhoneClosed closed) {

    public boolean isOpen() {
        return closed == null;
    }

    /**
     * What a softphone dials: E.164, then the extension after a pause (a comma, which softphones
     * wait on before sending the digits as tones); the written digits when the number was unreadable.
     */
    public String dialString() {
        var number = e164 != null ? e164 : written.replaceAll("[^0-9+]", "");
        return extension == null || extension.isBlank() ? number : number + "," + extension.replaceAll("[^0-9]", "");
    }
}
