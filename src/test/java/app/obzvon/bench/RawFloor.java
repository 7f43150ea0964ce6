package app.obzvon.bench;

import app.obzvon.contact.ContactState;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The least one logged outcome can cost on this disk: a plain sqlite-jdbc connection with the app's
 * pragmas (WAL, synchronous=FULL, busy timeout, foreign keys) inserting the call and updating the
 * contact, then committing. wal_autocheckpoint=0 keeps checkpoints out of the floor. It writes the
 * rows the app's rounds wrote, with prepared statements reused, and reads nothing.
 */
final class RawFloor {

    private static final String INSERT = "INSERT INTO calls (contact_id, queue_id, caller_id, outcome_id, started_at,"
            + " logged_at, duration_seconds, note, refusal_reason, callback_at, prev_status, prev_attempts,"
            + " prev_next_call_at, prev_next_call_kind, prev_do_not_call, prev_refusal_reason, script_version_id,"
            + " prev_owner_id, prev_work_until, prev_work_queue_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE contacts SET status = ?, attempts = ?, next_call_at = ?,"
            + " next_call_kind = ?, do_not_call = ?, refusal_reason = ?, owner_id = ?, work_until = ?,"
            + " work_queue_id = ? WHERE id = ?";

    private RawFloor() {
    }

    /** Times every round after the first {@code warmup}, in milliseconds. */
    static List<Double> run(Path database, List<OutcomeRounds.Written> rounds, int warmup) throws SQLException {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        var millis = new ArrayList<Double>(rounds.size());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath(),
                config.toProperties())) {
            try (var pragma = connection.createStatement()) {
                pragma.execute("PRAGMA wal_autocheckpoint = 0");
            }
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(INSERT); var update = connection.prepareStatement(UPDATE)) {
                for (int i = 0; i < rounds.size(); i++) {
                    var round = rounds.get(i);
                    long started = System.nanoTime();
                    bindCall(insert, round);
                    insert.executeUpdate();
                    bindState(update, round.contactId(), round.after());
                    update.executeUpdate();
                    connection.commit();
                    if (i >= warmup) {
                        millis.add(Stats.millisSince(started));
                    }
                }
            }
        }
        return millis;
    }

    private static void bindCall(PreparedStatement s, OutcomeRounds.Written r) throws SQLException {
        var before = r.before();
        var details = r.details();
        s.setLong(1, r.contactId());
        s.setLong(2, r.queueId());
        s.setLong(3, 1);
        s.setLong(4, r.outcome().id());
        s.setLong(5, r.startedAt());
        s.setLong(6, r.loggedAt());
        s.setInt(7, (int) Math.max(0, (r.loggedAt() - r.startedAt()) / 1000));
        s.setString(8, details.note());
        s.setString(9, details.refusalReason() == null ? null : details.refusalReason().name());
        setMillis(s, 10, details.callbackAt() == null ? null : details.callbackAt().toEpochMilli());
        s.setString(11, before.status().name());
        s.setInt(12, before.attempts());
        setMillis(s, 13, before.nextCallAt() == null ? null : before.nextCallAt().toEpochMilli());
        s.setString(14, before.nextCallKind() == null ? null : before.nextCallKind().name());
        s.setBoolean(15, before.doNotCall());
        s.setString(16, before.refusalReason() == null ? null : before.refusalReason().name());
        if (details.script() == null) {
            s.setNull(17, Types.INTEGER);
        } else {
            s.setLong(17, details.script().versionId());
        }
        bindWork(s, 18, before.work());
    }

    /** The working-list columns: owner, deadline, queue. */
    private static void bindWork(PreparedStatement s, int first, app.obzvon.contact.InWork work) throws SQLException {
        setMillis(s, first, work == null ? null : work.callerId());
        setMillis(s, first + 1, work == null || work.deadline() == null ? null : work.deadline().toEpochMilli());
        setMillis(s, first + 2, work == null ? null : work.queueId());
    }

    private static void bindState(PreparedStatement s, long contactId, ContactState state) throws SQLException {
        s.setString(1, state.status().name());
        s.setInt(2, state.attempts());
        setMillis(s, 3, state.nextCallAt() == null ? null : state.nextCallAt().toEpochMilli());
        s.setString(4, state.nextCallKind() == null ? null : state.nextCallKind().name());
        s.setBoolean(5, state.doNotCall());
        s.setString(6, state.refusalReason() == null ? null : state.refusalReason().name());
        bindWork(s, 7, state.work());
        s.setLong(10, contactId);
    }

    private static void setMillis(PreparedStatement s, int index, Long millis) throws SQLException {
        if (millis == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, millis);
        }
    }
}
