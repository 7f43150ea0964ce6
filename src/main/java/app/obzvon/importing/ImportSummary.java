package app.obzvon.importing;

import java.util.List;
import java.util.Map;

/**
 * What a pass found in the file. Every row that is not blank counts once:
 * {@code rowsRead = toImport + duplicatesInFile + duplicatesInBase + rejected}.
 *
 * @param rejected      rows with a problem of their own (no phone, invalid phone, no company)
 * @param reasons       how many rows were left out for each reason, duplicates included
 * @param firstRejected the first rows left out (up to 100), to show
 */
public record ImportSummary(
        int rowsRead,
        int toImport,
        int duplicatesInFile,
        int duplicatesInBase,
        int rejected,
        // Numbers on the do-not-call list taken out of rows (a row left with none is rejected).
        int doNotCallDropped,
        Map<RejectReason, Integer> reasons,
        List<RejectedRow> firstRejected) {

    public ImportSummary {
        reasons = Map.copyOf(reasons);
        firstRejected = List.copyOf(firstRejected);
    }

    public int count(RejectReason reason) {
        return reasons.getOrDefault(reason, 0);
    }
}
