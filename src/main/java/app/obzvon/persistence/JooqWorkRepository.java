package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.queue.ExpiredWork;
import app.obzvon.queue.WorkRepository;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CALL_QUEUES;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.WORK_EXPIRIES;

public final class JooqWorkRepository implements WorkRepository {


    public JooqWorkRepository(Database database) {
    }

    @Override
    public int expire(Tx tx, Instant now, Duration recallAfter) {
        var dsl = JooqTx.dsl(tx);
        if (JooqTx.onServer(dsl)) {
            // Every caller's companies move: on a server its function does it, as one statement, the
            // same way as below.
            return dsl.resultQuery("SELECT guard.expire({0}, {1})", DSL.val(now.toEpochMilli()),
                    DSL.val(recallAfter.toMillis())).fetchSingle().get(0, Integer.class);
        }
        // Along the deadlines' index: only the companies someone works, only those overdue.
        var due = dsl.select(CONTACTS.ID, CONTACTS.STATUS, CONTACTS.OWNER_ID, CONTACTS.WORK_QUEUE_ID,
                        CALL_QUEUES.EXPIRE_TO)
                .from(CONTACTS).leftJoin(CALL_QUEUES).on(CALL_QUEUES.ID.eq(CONTACTS.WORK_QUEUE_ID))
                .where(CONTACTS.WORK_UNTIL.lt(now.toEpochMilli()))
                .and(CONTACTS.STATUS.in(ContactStatus.IN_WORK.stream().map(Enum::name).toList()))
                .fetch();
        for (var row : due) {
            var to = row.value5() == null ? ContactStatus.STRATEGIC_RESERVE : ContactStatus.valueOf(row.value5());
            boolean pool = to == ContactStatus.RECALL_POOL;
            dsl.update(CONTACTS)
                    .set(CONTACTS.STATUS, to.name())
                    .set(CONTACTS.ATTEMPTS, pool ? DSL.val(0) : CONTACTS.ATTEMPTS)
                    .set(CONTACTS.NEXT_CALL_AT, pool ? now.plus(recallAfter).toEpochMilli() : null)
                    .set(CONTACTS.NEXT_CALL_KIND, pool ? NextCallKind.RETRY.name() : null)
                    .setNull(CONTACTS.OWNER_ID)
                    .setNull(CONTACTS.WORK_UNTIL)
                    .setNull(CONTACTS.WORK_QUEUE_ID)
                    .set(CONTACTS.VERSION, CONTACTS.VERSION.plus(1))
                    .where(CONTACTS.ID.eq(row.value1()))
                    .execute();
            dsl.insertInto(WORK_EXPIRIES)
                    .set(WORK_EXPIRIES.CONTACT_ID, row.value1())
                    .set(WORK_EXPIRIES.CALLER_ID, row.value3())
                    .set(WORK_EXPIRIES.QUEUE_ID, row.value4())
                    .set(WORK_EXPIRIES.STATUS_FROM, row.value2())
                    .set(WORK_EXPIRIES.STATUS_TO, to.name())
                    .set(WORK_EXPIRIES.AT, now.toEpochMilli())
                    .execute();
        }
        return due.size();
    }

    @Override
    public List<ExpiredWork> expired(Tx tx, Long callerId, Instant since) {
        var dsl = JooqTx.dsl(tx);
        if (JooqTx.onServer(dsl)) {
            // With the names of companies a caller no longer holds: the server's function, the caller's own only.
            return dsl.resultQuery("SELECT contact_id, company, caller_id, caller_name, status_from, status_to, at"
                            + " FROM guard.expired({0}, {1})", DSL.val(callerId == null ? null : callerId.intValue(),
                            Integer.class), DSL.val(since.toEpochMilli()))
                    .fetch(r -> new ExpiredWork(r.get(0, Integer.class), r.get(1, String.class),
                            r.get(2, Integer.class), r.get(3, String.class), ContactStatus.valueOf(r.get(4, String.class)),
                            ContactStatus.valueOf(r.get(5, String.class)), Instant.ofEpochMilli(r.get(6, Long.class))));
        }
        return dsl.select(WORK_EXPIRIES.CONTACT_ID, CONTACTS.COMPANY, WORK_EXPIRIES.CALLER_ID, CALLERS.NAME,
                        WORK_EXPIRIES.STATUS_FROM, WORK_EXPIRIES.STATUS_TO, WORK_EXPIRIES.AT)
                .from(WORK_EXPIRIES)
                .join(CONTACTS).on(CONTACTS.ID.eq(WORK_EXPIRIES.CONTACT_ID))
                .join(CALLERS).on(CALLERS.ID.eq(WORK_EXPIRIES.CALLER_ID))
                .where(WORK_EXPIRIES.AT.ge(since.toEpochMilli()))
                .and(callerId == null ? DSL.noCondition() : WORK_EXPIRIES.CALLER_ID.eq(callerId.intValue()))
                .orderBy(WORK_EXPIRIES.AT.desc(), WORK_EXPIRIES.ID.desc())
                .fetch(r -> new ExpiredWork(r.value1(), r.value2(), r.value3(), r.value4(),
                        ContactStatus.valueOf(r.value5()), ContactStatus.valueOf(r.value6()), Instant.ofEpochMilli(r.value7())));
    }
}
