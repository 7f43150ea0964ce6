package app.obzvon.common;

/** The one line of an error a person can act on: its own message, or its cause's. */
public final class Errors {

    private Errors() {
    }

    public static String message(Throwable error) {
        var e = error;
        while ((e.getMessage() == null || e.getMessage().isBlank()) && e.getCause() != null) {
            e = e.getCause();
        }
        var text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse(text).strip();
    }
}
