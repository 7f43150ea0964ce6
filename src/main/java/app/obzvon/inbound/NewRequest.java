package app.obzvon.inbound;

/** A request as the supervisor types it (or a file's row holds it): blanks are null or empty. */
public record NewRequest(String company, String person, String phone, String wants, String source) {
}
