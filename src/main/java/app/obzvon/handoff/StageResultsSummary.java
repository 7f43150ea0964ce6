package app.obzvon.handoff;

import app.obzvon.contact.ContactStatus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a results file from the next stage says, matched against the base: before applying it, what
 * it would change; after, what it changed.
 *
 * @param fileName  the file's name, as the audit log and the record of changes keep it
 * @param rowsRead  data rows that are not blank
 * @param matched   rows that found exactly one company (whether or not it could be moved)
 * @param changes   one per company that moves, from where the card showed it to where the file puts it
 * @param unchanged rows whose company already stands where the file puts it
 * @param skipped   rows that change nothing, each with the reason, in file order
 */
public record StageResultsSummary(String fileName, int rowsRead, int matched, List<Change> changes, int unchanged,
                                  List<SkippedRow> skipped) {

    /** Statuses a results file may set, in the order the funnel runs (Refused last: out of it). */
    public static final List<ContactStatus> STATUSES =
            List.of(ContactStatus.DEAL, ContactStatus.DEAL_SUPPORT, ContactStatus.CLIENT, ContactStatus.REFUSED);

    /** One company moved by the file; {@code row} is the file's row that put it where it ends up. */
    public record Change(long contactId, String company, ContactStatus from, ContactStatus to, long row) {
    }

    /** Why a row changes nothing, with the text key a window shows for it. */
    public enum Reason {
        /** No phone, tax id or company in the row. */
        NOTHING_TO_MATCH("results.reason.nothing"),
        /** No company in the base has its phone, tax id or name. */
        NO_MATCH("results.reason.no.match"),
        /** Several companies fit and nothing in the row tells them apart. */
        AMBIGUOUS("results.reason.ambiguous"),
        /** The status cell is empty or names no status of the next stage. */
        UNKNOWN_STATUS("results.reason.unknown.status"),
        /** The company never left the cold stage: only the next stage's own leads move. */
        NOT_HANDED_OVER("results.reason.not.handed.over"),
        /** The company is further along already (a client stays a client): never moved backwards. */
        LATER_STAGE("results.reason.later.stage");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A row that changes nothing, with its cells as written. */
    public record SkippedRow(long row, String company, String phone, String taxId, String status, Reason reason) {
    }

    public StageResultsSummary {
        changes = List.copyOf(changes);
        skipped = List.copyOf(skipped);
    }

    /** Companies moving to each status the file may set, every one of them present (0 when none). */
    public Map<ContactStatus, Integer> moved() {
        var counts = new EnumMap<ContactStatus, Integer>(ContactStatus.class);
        STATUSES.forEach(status -> counts.put(status, 0));
        changes.forEach(change -> counts.merge(change.to(), 1, Integer::sum));
        return counts;
    }

    /** Rows skipped for this reason. */
    public int skipped(Reason reason) {
        return (int) skipped.stream().filter(row -> row.reason() == reason).count();
    }
}
