package app.obzvon.bench;

import app.obzvon.call.CallDetails;
import app.obzvon.call.Outcome;
import app.obzvon.contact.ContactState;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.RefusalReason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes the base's calls with plain JDBC batches: every contact's calls from {@link CallPlan},
 * inserted in the order they were made (so a contact's calls lie apart in the table, as in a real
 * base, not next to each other), then each called contact's state.
 */
final class CallHistory {

    private static final int BATCH = 10_000;
    private static final int COMMIT_EVERY = 1_000_000;
    private static final long NONE = Long.MIN_VALUE;

    /** Which queue a contact's calls were made in, by its id, size and region. */
    interface Queues {
        int of(int contactId, String size, String region);
    }

    private final List<Outcome> outcomes;
    private final int callers;
    // The calls, one slot per call in the order planned; primitive arrays keep 5 million calls in ~250 MB.
    private int count;
    private int[] contact;
    private long[] logged;
    private int[] seconds;
    private byte[] outcome;
    private String[] note;
    private byte[] reason;
    private long[] callbackAt;
    private byte[] prevStatus;
    private byte[] prevAttempts;
    private long[] prevNextAt;
    private byte[] prevKind;
    private boolean[] prevDoNotCall;
    private byte[] prevReason;

    CallHistory(List<Outcome> outcomes, int callers, int expectedCalls) {
        this.outcomes = outcomes;
        this.callers = callers;
        allocate(Math.max(1024, expectedCalls + expectedCalls / 8));
    }

    /**
     * Plans, inserts and applies every contact's calls; returns the number of calls per outcome code.
     * The connection is in a transaction (auto-commit off); this commits as it goes.
     */
    Map<String, Integer> write(Connection connection, Instant now, double callsPerContact, Queues queues)
            throws SQLException {
        // The contacts first, whole: their rows change below, so no read stays open across the writes.
        var ids = new ArrayList<Integer>();
        var zones = new ArrayList<ZoneId>();
        var zoneCache = new HashMap<String, ZoneId>();
        int[] queueOfContact = new int[0];
        try (var read = connection.createStatement();
             var rows = read.executeQuery("SELECT id, time_zone, size, region FROM contacts ORDER BY id")) {
            while (rows.next()) {
                int id = rows.getInt(1);
                ids.add(id);
                zones.add(zoneCache.computeIfAbsent(rows.getString(2), ZoneId::of));
                if (id >= queueOfContact.length) {
                    queueOfContact = Arrays.copyOf(queueOfContact, Math.max(1024, id * 2));
                }
                queueOfContact[id] = queues.of(id, rows.getString(3), rows.getString(4));
            }
        }
        var plan = new CallPlan(outcomes, now, callsPerContact);
        var states = new TreeMap<Integer, ContactState>();
        var sink = new CallPlan.Sink() {
            @Override
            public void call(int contactId, Outcome o, long startedAt, long loggedAt, CallDetails details,
                             ContactState before) {
                add(contactId, o, startedAt, loggedAt, details, before);
            }

            @Override
            public void state(int contactId, ContactState after) {
                states.put(contactId, after);
            }
        };
        int called = 0;
        try (var update = connection.prepareStatement("UPDATE contacts SET status = ?, attempts = ?,"
                + " next_call_at = ?, next_call_kind = ?, do_not_call = ?, refusal_reason = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                plan.plan(ids.get(i), zones.get(i), sink);
                if (states.size() >= BATCH) {
                    called += updateStates(update, states);
                }
            }
            called += updateStates(update, states);
        }
        connection.commit();
        System.out.printf(Locale.ROOT, "  planned %,d calls for %,d called contacts%n", count, called);
        insert(connection, queueOfContact);
        var mix = new TreeMap<String, Integer>();
        for (int i = 0; i < count; i++) {
            mix.merge(outcomes.get(outcome[i]).code(), 1, Integer::sum);
        }
        return mix;
    }

    private int updateStates(PreparedStatement update, TreeMap<Integer, ContactState> states) throws SQLException {
        for (var entry : states.entrySet()) {
            var s = entry.getValue();
            update.setString(1, s.status().name());
            update.setInt(2, s.attempts());
            setMillis(update, 3, s.nextCallAt() == null ? NONE : s.nextCallAt().toEpochMilli());
            update.setString(4, s.nextCallKind() == null ? null : s.nextCallKind().name());
            update.setBoolean(5, s.doNotCall());
            update.setString(6, s.refusalReason() == null ? null : s.refusalReason().name());
            update.setInt(7, entry.getKey());
            update.addBatch();
        }
        update.executeBatch();
        int n = states.size();
        states.clear();
        return n;
    }

    private void add(int contactId, Outcome o, long startedAt, long loggedAt, CallDetails details, ContactState before) {
        if (count == contact.length) {
            allocate(count + count / 2);
        }
        int i = count++;
        contact[i] = contactId;
        logged[i] = loggedAt;
        seconds[i] = (int) ((loggedAt - startedAt) / 1000);
        outcome[i] = (byte) outcomes.indexOf(o);
        note[i] = details.note();
        reason[i] = ordinal(details.refusalReason());
        callbackAt[i] = details.callbackAt() == null ? NONE : details.callbackAt().toEpochMilli();
        prevStatus[i] = (byte) before.status().ordinal();
        prevAttempts[i] = (byte) before.attempts();
        prevNextAt[i] = before.nextCallAt() == null ? NONE : before.nextCallAt().toEpochMilli();
        prevKind[i] = ordinal(before.nextCallKind());
        prevDoNotCall[i] = before.doNotCall();
        prevReason[i] = ordinal(before.refusalReason());
    }

    /** Inserts the calls oldest first, as the callers made them; the caller of each is drawn here. */
    private void insert(Connection connection, int[] queueOfContact) throws SQLException {
        long oldest = Arrays.stream(logged, 0, count).min().orElse(0);
        long newest = Arrays.stream(logged, 0, count).max().orElse(0);
        int indexBits = Long.numberOfLeadingZeros(Math.max(1, newest - oldest)) - 1;
        if (count >= 1L << indexBits) {
            throw new IllegalStateException("too many calls to sort by time: " + count);
        }
        long[] order = new long[count];
        for (int i = 0; i < count; i++) {
            order[i] = (logged[i] - oldest) << indexBits | i;
        }
        Arrays.sort(order);
        long mask = (1L << indexBits) - 1;
        var random = new SplittableRandom(42);
        try (var calls = connection.prepareStatement("INSERT INTO calls (contact_id, queue_id, caller_id, outcome_id,"
                + " started_at, logged_at, duration_seconds, note, refusal_reason, callback_at, prev_status,"
                + " prev_attempts, prev_next_call_at, prev_next_call_kind, prev_do_not_call, prev_refusal_reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < count; n++) {
                int i = (int) (order[n] & mask);
                calls.setInt(1, contact[i]);
                calls.setInt(2, queueOfContact[contact[i]]);
                // Any caller of the team, the workstation's own (id 1) included.
                calls.setInt(3, 1 + random.nextInt(callers));
                calls.setLong(4, outcomes.get(outcome[i]).id());
                calls.setLong(5, logged[i] - seconds[i] * 1000L);
                calls.setLong(6, logged[i]);
                calls.setInt(7, seconds[i]);
                calls.setString(8, note[i]);
                calls.setString(9, name(RefusalReason.values(), reason[i]));
                setMillis(calls, 10, callbackAt[i]);
                calls.setString(11, ContactStatus.values()[prevStatus[i]].name());
                calls.setInt(12, prevAttempts[i]);
                setMillis(calls, 13, prevNextAt[i]);
                calls.setString(14, name(NextCallKind.values(), prevKind[i]));
                calls.setBoolean(15, prevDoNotCall[i]);
                calls.setString(16, name(RefusalReason.values(), prevReason[i]));
                calls.addBatch();
                if ((n + 1) % BATCH == 0) {
                    calls.executeBatch();
                }
                if ((n + 1) % COMMIT_EVERY == 0) {
                    connection.commit();
                    System.out.printf(Locale.ROOT, "  inserted %,d calls%n", n + 1);
                }
            }
            calls.executeBatch();
            connection.commit();
        }
    }

    private void allocate(int size) {
        contact = contact == null ? new int[size] : Arrays.copyOf(contact, size);
        logged = logged == null ? new long[size] : Arrays.copyOf(logged, size);
        seconds = seconds == null ? new int[size] : Arrays.copyOf(seconds, size);
        outcome = outcome == null ? new byte[size] : Arrays.copyOf(outcome, size);
        note = note == null ? new String[size] : Arrays.copyOf(note, size);
        reason = reason == null ? new byte[size] : Arrays.copyOf(reason, size);
        callbackAt = callbackAt == null ? new long[size] : Arrays.copyOf(callbackAt, size);
        prevStatus = prevStatus == null ? new byte[size] : Arrays.copyOf(prevStatus, size);
        prevAttempts = prevAttempts == null ? new byte[size] : Arrays.copyOf(prevAttempts, size);
        prevNextAt = prevNextAt == null ? new long[size] : Arrays.copyOf(prevNextAt, size);
        prevKind = prevKind == null ? new byte[size] : Arrays.copyOf(prevKind, size);
        prevDoNotCall = prevDoNotCall == null ? new boolean[size] : Arrays.copyOf(prevDoNotCall, size);
        prevReason = prevReason == null ? new byte[size] : Arrays.copyOf(prevReason, size);
    }

    private static byte ordinal(Enum<?> value) {
        return (byte) (value == null ? -1 : value.ordinal());
    }

    private static <E extends Enum<E>> String name(E[] values, byte ordinal) {
        return ordinal < 0 ? null : values[ordinal].name();
    }

    private static void setMillis(PreparedStatement statement, int index, long millis) throws SQLException {
        if (millis == NONE) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, millis);
        }
    }
}
