package app.obzvon.bench;

import app.obzvon.contact.ContactStatus;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the generated base holds, counted from the file itself, so the suite can show the mix it runs on. */
final class BaseSummary {

    private BaseSummary() {
    }

    static String mix(Map<String, Integer> callsPerOutcome) {
        long total = callsPerOutcome.values().stream().mapToLong(Integer::longValue).sum();
        return String.format(Locale.ROOT, "%,d calls: ", total) + callsPerOutcome.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), 100.0 * e.getValue() / total))
                .collect(Collectors.joining(", "));
    }

    /** The contacts by what dispensing makes of them at {@code now}, and the queues' sizes. */
    static String describe(Connection connection, Instant now, int whole, int narrow, int members) throws SQLException {
        String callable = ContactStatus.CALLABLE.stream().map(s -> "'" + s.name() + "'").sorted()
                .collect(Collectors.joining(", "));
        String open = "status IN (" + callable + ") AND do_not_call = 0";
        long at = now.toEpochMilli();
        var parts = new ArrayList<String>();
        count(connection, parts, "contacts", "SELECT count(*) FROM contacts");
        count(connection, parts, "never called",
                "SELECT count(*) FROM contacts WHERE attempts = 0 AND next_call_kind IS NULL");
        count(connection, parts, "callbacks due", "SELECT count(*) FROM contacts WHERE " + open
                + " AND next_call_kind = 'CALLBACK' AND next_call_at <= " + at);
        count(connection, parts, "callbacks later", "SELECT count(*) FROM contacts WHERE " + open
                + " AND next_call_kind = 'CALLBACK' AND next_call_at > " + at);
        count(connection, parts, "retries due", "SELECT count(*) FROM contacts WHERE " + open
                + " AND status <> 'RECALL_POOL' AND next_call_kind = 'RETRY' AND next_call_at <= " + at);
        count(connection, parts, "retries later", "SELECT count(*) FROM contacts WHERE " + open
                + " AND status <> 'RECALL_POOL' AND next_call_kind = 'RETRY' AND next_call_at > " + at);
        count(connection, parts, "re-call pool due", "SELECT count(*) FROM contacts WHERE " + open
                + " AND status = 'RECALL_POOL' AND next_call_at <= " + at);
        count(connection, parts, "re-call pool later", "SELECT count(*) FROM contacts WHERE " + open
                + " AND status = 'RECALL_POOL' AND next_call_at > " + at);
        count(connection, parts, "retries exhausted", "SELECT count(*) FROM contacts WHERE " + open
                + " AND next_call_kind IS NULL AND attempts > 0");
        count(connection, parts, "refused", "SELECT count(*) FROM contacts WHERE status = 'REFUSED'");
        count(connection, parts, "wrong number", "SELECT count(*) FROM contacts WHERE status = 'WRONG_NUMBER'");
        count(connection, parts, "qualified", "SELECT count(*) FROM contacts WHERE status = 'QUALIFIED'");
        count(connection, parts, "do not call", "SELECT count(*) FROM contacts WHERE do_not_call = 1");
        count(connection, parts, "callers", "SELECT count(*) FROM callers");
        count(connection, parts, "calls in the last 24 h", "SELECT count(*) FROM calls WHERE logged_at > "
                + (at - 86_400_000L));
        count(connection, parts, "narrow queue matches", "SELECT count(*) FROM contacts WHERE " + open
                + " AND size = 'LARGE' AND region = '" + BaseCsv.NARROW_REGION + "'");
        count(connection, parts, "members queue holds", "SELECT count(*) FROM queue_members WHERE queue_id = " + members);
        count(connection, parts, "calls in queue whole", "SELECT count(*) FROM calls WHERE queue_id = " + whole);
        count(connection, parts, "calls in queue narrow", "SELECT count(*) FROM calls WHERE queue_id = " + narrow);
        count(connection, parts, "calls in queue members", "SELECT count(*) FROM calls WHERE queue_id = " + members);
        try (var s = connection.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_stat%'")) {
            if (r.next() && r.getInt(1) > 0) {
                throw new IllegalStateException("the base has ANALYZE statistics; users' bases have none");
            }
        }
        return String.join("; ", parts);
    }

    private static void count(Connection connection, ArrayList<String> parts, String what, String sql)
            throws SQLException {
        try (var s = connection.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            parts.add(String.format(Locale.ROOT, "%s %,d", what, r.getLong(1)));
        }
    }
}
