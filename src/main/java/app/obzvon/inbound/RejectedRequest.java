package app.obzvon.inbound;

import java.util.List;

/** A row of a file that cannot become a request: its number in the file, why (a text key), and its arguments. */
public record RejectedRequest(long row, String reason, List<Object> args) {
}
