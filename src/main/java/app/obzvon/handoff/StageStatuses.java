package app.obzvon.handoff;

import app.obzvon.contact.ContactStatus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The statuses the next stage sends back, read from its words, and which moves they may make.
 * The funnel runs Handed over → Deal → Deal support → Client; a company never moves back along it
 * (a late file saying "Deal" about a client is old news). Refused takes any company out but a client:
 * closing documents were signed, the money came.
 */
final class StageStatuses {

    private static final Map<String, ContactStatus> WORDS = new HashMap<>();

    static {
        words(ContactStatus.DEAL, "сделка", "deal");
        words(ContactStatus.DEAL_SUPPORT, "сопровождение сделки", "сопровождение", "deal support");
        words(ContactStatus.CLIENT, "клиент", "client", "customer");
        words(ContactStatus.REFUSED, "отказ", "refused", "refusal");
        // The enum names too ("DEAL_SUPPORT"): files written by programs.
        StageResultsSummary.STATUSES.forEach(status -> words(status, status.name()));
    }

    private StageStatuses() {
    }

    private static void words(ContactStatus status, String... words) {
        for (var word : words) {
            WORDS.put(normal(word), status);
        }
    }

    /** The status a cell names, in Russian or English, any case; null for anything else. */
    static ContactStatus read(String cell) {
        return cell == null ? null : WORDS.get(normal(cell));
    }

    /** Lower case, ё as е, "_" and "-" as spaces, spaces collapsed, a full stop at the end dropped. */
    static String normal(String text) {
        var lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('_', ' ').replace('-', ' ');
        var collapsed = lower.replaceAll("\\s+", " ").strip();
        return collapsed.endsWith(".") ? collapsed.substring(0, collapsed.length() - 1).strip() : collapsed;
    }

    /** What a file's status does to a company standing at {@code now} (as its card shows it). */
    enum Move { MOVE, SAME, BACKWARDS }

    static Move move(ContactStatus now, ContactStatus wanted) {
        if (now == wanted) {
            return Move.SAME;
        }
        if (wanted == ContactStatus.REFUSED) {
            return now == ContactStatus.CLIENT ? Move.BACKWARDS : Move.MOVE;
        }
        return rank(wanted) > rank(now) ? Move.MOVE : Move.BACKWARDS;
    }

    /** How far along the funnel: 0 before a deal (handed over, or refused by the next stage). */
    private static int rank(ContactStatus status) {
        return switch (status) {
            case DEAL -> 1;
            case DEAL_SUPPORT -> 2;
            case CLIENT -> 3;
            default -> 0;
        };
    }

    /** Whether a company belongs to the next stage: handed over, or moved on by an earlier file. */
    static boolean nextStages(ContactStatus status, boolean handedOver) {
        return handedOver || status == ContactStatus.DEAL || status == ContactStatus.DEAL_SUPPORT
                || status == ContactStatus.CLIENT;
    }
}
