package app.obzvon.common;

/** The one line of an error a person can act on: its own message, or its cause's. */
public final class Errors {

    private Errors() {
    }

    public static String message(Throwable error) {
        var e = error;
        // A statement's text is no message for a person: jOOQ's "SQL [insert into …]; …" gives way to its cause.
        while ((e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().startsWith("SQL ["))
                && e.getCause() != null) {
            e = e.getCause();
        }
        var text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (text.startsWith("SQL [") && text.contains("]; ")) {
            text = text.substring(text.indexOf("]; ") + 3);
        }
        return text.lines().findFirst().orElse(text).strip();
    }
}
