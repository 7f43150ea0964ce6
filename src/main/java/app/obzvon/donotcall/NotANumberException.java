package app.obzvon.donotcall;

/** What the supervisor typed is not a phone number: nothing was changed. {@code key} names the text to show. */
public final class NotANumberException extends IllegalArgumentException {

    private final String written;

    public NotANumberException(String written) {
        super("Not a phone number: " + written);
        this.written = written;
    }

    /** The text key of the message, with {@link #written()} as its argument. */
    public String key() {
        return "dnc.error.not.a.number";
    }

    public String written() {
        return written;
    }
}
