package app.obzvon.importing;

import java.util.List;

/**
 * A row that was not imported: its number in the file (line or sheet row, from 1), why, and its
 * cells as read (each cut to 1,000 characters here; {@link Importer#saveRejected} saves them whole).
 */
public record RejectedRow(long row, RejectReason reason, List<String> cells) {

    public RejectedRow {
        cells = List.copyOf(cells);
    }
}
