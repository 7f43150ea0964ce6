package app.obzvon.persistence;

import app.obzvon.call.CallHistoryEntry;
import app.obzvon.call.CallRepository;
import app.obzvon.call.DayCounts;
import app.obzvon.call.LoggedCall;
import app.obzvon.call.NewCall;
import app.obzvon.common.Tx;
import app.obzvon.contact.ContactState;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.RefusalReason;
import app.obzvon.script.PathStep;
import app.obzvon.script.ScriptPath;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.CALL_SCRIPT_STEPS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.OUTCOME_DEFINITIONS;
import static app.obzvon.persistence.jooq.Tables.UNDONE_CALLS;

public final class JooqCallRepository implements CallRepository {

    private final PreparedQueries queries;

    public JooqCallRepository(Database database) {
        this.queries = database.queries();
    }

    @Override
    public long add(Tx tx, NewCall call) {
        var dsl = JooqTx.dsl(tx);
        var before = call.contactBefore();
        var details = call.details();
        var script = details.script();
        long id = queries.insert(tx, dsl.insertInto(CALLS)
                .set(CALLS.CONTACT_ID, (int) call.contactId())
                .set(CALLS.QUEUE_ID, call.queueId() == null ? null : call.queueId().intValue())
                .set(CALLS.CALLER_ID, (int) call.callerId())
                .set(CALLS.OUTCOME_ID, (int) call.outcomeId())
                .set(CALLS.STARTED_AT, call.startedAt().toEpochMilli())
                .set(CALLS.LOGGED_AT, call.loggedAt().toEpochMilli())
                .set(CALLS.DURATION_SECONDS, (int) Math.max(0,
                        Duration.between(call.startedAt(), call.loggedAt()).toSeconds()))
                .set(CALLS.NOTE, details.note())
                .set(CALLS.REFUSAL_REASON, details.refusalReason() == null ? null : details.refusalReason().name())
                .set(CALLS.CALLBACK_AT, Millis.of(details.callbackAt()))
                .set(CALLS.PREV_STATUS, before.status().name())
                .set(CALLS.PREV_ATTEMPTS, before.attempts())
                .set(CALLS.PREV_NEXT_CALL_AT, Millis.of(before.nextCallAt()))
                .set(CALLS.PREV_NEXT_CALL_KIND, before.nextCallKind() == null ? null : before.nextCallKind().name())
                .set(CALLS.PREV_DO_NOT_CALL, before.doNotCall())
                .set(CALLS.PREV_REFUSAL_REASON, before.refusalReason() == null ? null : before.refusalReason().name())
                .set(CALLS.PREV_OWNER_ID, before.work() == null ? null : (int) before.work().callerId())
                .set(CALLS.PREV_WORK_UNTIL, before.work() == null ? null : Millis.of(before.work().deadline()))
                .set(CALLS.PREV_WORK_QUEUE_ID, before.work() == null || before.work().queueId() == null ? null
                        : before.work().queueId().intValue())
                .set(CALLS.SCRIPT_VERSION_ID, script == null ? null : (int) script.versionId())
                .set(CALLS.CONTACT_VERSION, call.contactVersionAfter())
                .set(CALLS.CLOSED_PHONE_ID, call.closedPhoneId() == null ? null : call.closedPhoneId().intValue()),
                CALLS.ID.getName());
        if (script != null) {
            addPath(tx, dsl, id, script);
        }
        return id;
    }

    @Override
    public Optional<ScriptPath> scriptPath(Tx tx, long callId) {
        var dsl = JooqTx.dsl(tx);
        Integer version = dsl.select(CALLS.SCRIPT_VERSION_ID).from(CALLS).where(CALLS.ID.eq((int) callId))
                .fetchOptional(r -> r.value1()).orElse(null);
        if (version == null) {
            return Optional.empty();
        }
        var steps = dsl.select(CALL_SCRIPT_STEPS.STEP_KEY, CALL_SCRIPT_STEPS.UNMATCHED).from(CALL_SCRIPT_STEPS)
                .where(CALL_SCRIPT_STEPS.CALL_ID.eq((int) callId)).orderBy(CALL_SCRIPT_STEPS.POSITION)
                .fetch(r -> new PathStep(r.value1(), r.value2()));
        return Optional.of(new ScriptPath(version, steps));
    }

    private void addPath(Tx tx, DSLContext dsl, long callId, ScriptPath script) {
        var insert = dsl.insertInto(CALL_SCRIPT_STEPS, CALL_SCRIPT_STEPS.CALL_ID, CALL_SCRIPT_STEPS.POSITION,
                CALL_SCRIPT_STEPS.STEP_KEY, CALL_SCRIPT_STEPS.UNMATCHED);
        var steps = script.steps();
        for (int i = 0; i < steps.size(); i++) {
            insert = insert.values((int) callId, i + 1, steps.get(i).key(), steps.get(i).unmatched());
        }
        if (!steps.isEmpty()) {
            queries.execute(tx, insert);
        }
    }

    @Override
    public Optional<LoggedCall> find(Tx tx, long id) {
        var dsl = JooqTx.dsl(tx);
        return dsl.selectFrom(CALLS).where(CALLS.ID.eq((int) id)).fetchOptional(r -> new LoggedCall(
                r.getId(), r.getContactId(), r.getCallerId(), Instant.ofEpochMilli(r.getLoggedAt()),
                new ContactState(ContactStatus.valueOf(r.getPrevStatus()), r.getPrevAttempts(),
                        Millis.toInstant(r.getPrevNextCallAt()),
                        r.getPrevNextCallKind() == null ? null : NextCallKind.valueOf(r.getPrevNextCallKind()),
                        r.getPrevDoNotCall(),
                        r.getPrevRefusalReason() == null ? null : RefusalReason.valueOf(r.getPrevRefusalReason()),
                        r.getPrevOwnerId() == null ? null : new app.obzvon.contact.InWork(r.getPrevOwnerId(),
                                Millis.toInstant(r.getPrevWorkUntil()),
                                r.getPrevWorkQueueId() == null ? null : r.getPrevWorkQueueId().longValue())),
                r.getContactVersion(), r.getClosedPhoneId() == null ? null : r.getClosedPhoneId().longValue(), null));
    }

    @Override
    public void markUndone(Tx tx, long id, long personId, Instant at) {
        var dsl = JooqTx.dsl(tx);
        if (JooqTx.onServer(dsl)) {
            // Nobody but the owner deletes a call on a server: its function moves one's own.
            dsl.resultQuery("SELECT guard.undo_call({0}, {1}, {2})", DSL.val((int) id), DSL.val((int) personId),
                    DSL.val(at.toEpochMilli())).fetch();
            return;
        }
        var u = UNDONE_CALLS;
        dsl.insertInto(u, u.ID, u.CONTACT_ID, u.QUEUE_ID, u.CALLER_ID, u.OUTCOME_ID, u.STARTED_AT, u.LOGGED_AT, u.NOTE,
                        u.REFUSAL_REASON, u.CALLBACK_AT, u.UNDONE_AT, u.UNDONE_BY)
                .select(dsl.select(CALLS.ID, CALLS.CONTACT_ID, CALLS.QUEUE_ID, CALLS.CALLER_ID, CALLS.OUTCOME_ID,
                                CALLS.STARTED_AT, CALLS.LOGGED_AT, CALLS.NOTE, CALLS.REFUSAL_REASON, CALLS.CALLBACK_AT,
                                DSL.val(at.toEpochMilli()), DSL.val((int) personId))
                        .from(CALLS).where(CALLS.ID.eq((int) id)))
                .execute();
        // Its script steps go with it (ON DELETE CASCADE): an undone call was not a conversation.
        dsl.deleteFrom(CALLS).where(CALLS.ID.eq((int) id)).execute();
    }

    @Override
    public List<CallHistoryEntry> history(Tx tx, long contactId) {
        var dsl = JooqTx.dsl(tx);
        // Each call keeps the status before it; the status after it is the next call's before, and
        // for the newest call the company's status now. One statement, newest first.
        var rows = queries.fetch(tx, dsl.select(CALLS.LOGGED_AT, OUTCOME_DEFINITIONS.CODE, OUTCOME_DEFINITIONS.LABEL,
                                CALLS.NOTE, CALLERS.NAME, CALLS.CALLBACK_AT, CALLS.REFUSAL_REASON, CALLS.PREV_STATUS,
                                CONTACTS.STATUS)
                        .from(CALLS)
                        .join(OUTCOME_DEFINITIONS).on(OUTCOME_DEFINITIONS.ID.eq(CALLS.OUTCOME_ID))
                        .join(CALLERS).on(CALLERS.ID.eq(CALLS.CALLER_ID))
                        .join(CONTACTS).on(CONTACTS.ID.eq(CALLS.CONTACT_ID))
                        .where(CALLS.CONTACT_ID.eq((int) contactId))
                        .orderBy(CALLS.LOGGED_AT.desc(), CALLS.ID.desc()),
                rs -> new CallHistoryEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), Millis.toInstant(JooqContactRepository.longOrNull(rs, 6)),
                        rs.getString(7), ContactStatus.valueOf(rs.getString(8)), ContactStatus.valueOf(rs.getString(9))));
        var history = new ArrayList<CallHistoryEntry>(rows.size());
        ContactStatus after = rows.isEmpty() ? null : rows.get(0).statusAfter();
        for (var row : rows) {
            history.add(row.withStatusAfter(after));
            after = row.statusBefore();
        }
        return history;
    }

    @Override
    public DayCounts counts(Tx tx, long callerId, Instant from, Instant to) {
        var dsl = JooqTx.dsl(tx);
        var o = OUTCOME_DEFINITIONS;
        // sum() of no rows is NULL, which getInt reads as 0.
        return queries.fetchOptional(tx, dsl.select(DSL.count(),
                                DSL.sum(DSL.when(o.IS_CONVERSATION.isTrue(), 1).otherwise(0)),
                                DSL.sum(DSL.when(o.IS_LEAD.isTrue(), 1).otherwise(0)),
                                DSL.sum(DSL.when(o.IS_MEETING.isTrue(), 1).otherwise(0)),
                                DSL.sum(CALLS.DURATION_SECONDS))
                        .from(CALLS)
                        .join(o).on(o.ID.eq(CALLS.OUTCOME_ID))
                        .where(CALLS.CALLER_ID.eq((int) callerId))
                        .and(CALLS.LOGGED_AT.ge(from.toEpochMilli()))
                        .and(CALLS.LOGGED_AT.lt(to.toEpochMilli())),
                rs -> new DayCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5))).orElseThrow();
    }
}
