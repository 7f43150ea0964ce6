package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.Phone;
import app.obzvon.inbound.Duty;
import app.obzvon.inbound.HalfDay;
import app.obzvon.inbound.InboundCard;
import app.obzvon.inbound.InboundRepository;
import app.obzvon.inbound.InboundRequest;
import app.obzvon.inbound.NewRequest;
import app.obzvon.inbound.OnShift;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.DO_NOT_CALL;
import static app.obzvon.persistence.jooq.Tables.INBOUND_DUTY;
import static app.obzvon.persistence.jooq.Tables.INBOUND_REQUESTS;
import static app.obzvon.persistence.jooq.Tables.PAUSES;
import static app.obzvon.persistence.jooq.Tables.SHIFTS;

/** Inbound requests (V14), the duty roster, and the shifts (V12) that say who may take one now. */
public final class JooqInboundRepository implements InboundRepository {

    /** A shift left open since yesterday is nobody at work today: open shifts are looked for within a day. */
    static final Duration LONGEST_SHIFT = Duration.ofDays(1);

    /** The first call logged on the company since the request came: its answer. */
    private static final Field<Long> ANSWERED_AT = DSL.field(DSL.select(DSL.min(CALLS.LOGGED_AT)).from(CALLS)
            .where(CALLS.CONTACT_ID.eq(INBOUND_REQUESTS.CONTACT_ID))
            .and(CALLS.LOGGED_AT.ge(INBOUND_REQUESTS.RECEIVED_AT)));

    private static final Condition UNANSWERED = DSL.notExists(DSL.selectOne().from(CALLS)
            .where(CALLS.CONTACT_ID.eq(INBOUND_REQUESTS.CONTACT_ID))
            .and(CALLS.LOGGED_AT.ge(INBOUND_REQUESTS.RECEIVED_AT)));

    @Override
    public Optional<Match> byPhone(Tx tx, String e164) {
        return JooqTx.dsl(tx).select(CONTACTS.ID, CONTACTS.COMPANY, CONTACTS.OWNER_ID, CONTACTS.DO_NOT_CALL)
                .from(CONTACT_PHONES).join(CONTACTS).on(CONTACTS.ID.eq(CONTACT_PHONES.CONTACT_ID))
                .where(CONTACT_PHONES.E164.eq(e164))
                .orderBy(CONTACTS.ID).limit(1)
                .fetchOptional(r -> new Match(r.value1(), r.value2(), r.value3() == null ? null : (long) r.value3(),
                        Boolean.TRUE.equals(r.value4())));
    }

    @Override
    public boolean listed(Tx tx, String e164) {
        var dsl = JooqTx.dsl(tx);
        return dsl.fetchExists(dsl.selectOne().from(DO_NOT_CALL).where(DO_NOT_CALL.E164.eq(e164)));
    }

    @Override
    public long addCompany(Tx tx, NewRequest request, Phone phone, Instant at) {
        var dsl = JooqTx.dsl(tx);
        int id = dsl.insertInto(CONTACTS)
                .set(CONTACTS.COMPANY, request.company())
                .set(CONTACTS.PERSON, request.person())
                .set(CONTACTS.TIME_ZONE, phone.timeZone())
                .set(CONTACTS.SOURCE, request.source())
                .set(CONTACTS.CREATED_AT, at.toEpochMilli())
                .returningResult(CONTACTS.ID).fetchSingle().value1();
        dsl.insertInto(CONTACT_PHONES)
                .set(CONTACT_PHONES.CONTACT_ID, id)
                .set(CONTACT_PHONES.POSITION, 0)
                .set(CONTACT_PHONES.NUMBER, phone.written())
                .set(CONTACT_PHONES.E164, phone.e164())
                .set(CONTACT_PHONES.EXTENSION, phone.extension())
                .set(CONTACT_PHONES.TIME_ZONE, phone.timeZone())
                .execute();
        TimeZonesInUse.add(dsl, phone.timeZone() == null ? Set.of() : Set.of(phone.timeZone()));
        return id;
    }

    @Override
    public long add(Tx tx, long contactId, NewRequest request, String e164, Instant receivedAt, long enteredBy) {
        return JooqTx.dsl(tx).insertInto(INBOUND_REQUESTS)
                .set(INBOUND_REQUESTS.CONTACT_ID, (int) contactId)
                .set(INBOUND_REQUESTS.COMPANY, request.company())
                .set(INBOUND_REQUESTS.PERSON, request.person())
                .set(INBOUND_REQUESTS.PHONE, e164)
                .set(INBOUND_REQUESTS.WANTS, request.wants())
                .set(INBOUND_REQUESTS.SOURCE, request.source())
                .set(INBOUND_REQUESTS.RECEIVED_AT, receivedAt.toEpochMilli())
                .set(INBOUND_REQUESTS.ENTERED_BY, (int) enteredBy)
                .returningResult(INBOUND_REQUESTS.ID).fetchSingle().value1();
    }

    @Override
    public List<InboundRequest> unassigned(Tx tx) {
        return requests(JooqTx.dsl(tx)).where(INBOUND_REQUESTS.CALLER_ID.isNull())
                .orderBy(INBOUND_REQUESTS.RECEIVED_AT, INBOUND_REQUESTS.ID)
                .fetch(JooqInboundRepository::request);
    }

    @Override
    public List<OnShift> onShift(Tx tx, Instant now) {
        var dsl = JooqTx.dsl(tx);
        var open = dsl.select(SHIFTS.CALLER_ID, DSL.min(SHIFTS.STARTED_AT))
                .from(SHIFTS).join(CALLERS).on(CALLERS.ID.eq(SHIFTS.CALLER_ID))
                .where(SHIFTS.STARTED_AT.between(now.minus(LONGEST_SHIFT).toEpochMilli(), now.toEpochMilli()))
                .and(SHIFTS.ENDED_AT.isNull()).and(CALLERS.ACTIVE.isTrue())
                // Turns are the callers': a supervisor's own shift (it starts at sign-in) takes no requests in turn.
                .and(CALLERS.ROLE.eq(app.obzvon.access.Role.CALLER.name()))
                .and(SHIFTS.PLANNED_END_AT.gt(now.minus(app.obzvon.shift.Shift.FORGOTTEN_AFTER).toEpochMilli()))
                .and(DSL.notExists(DSL.selectOne().from(PAUSES)
                        .where(PAUSES.SHIFT_ID.eq(SHIFTS.ID)).and(PAUSES.ENDED_AT.isNull())))
                .groupBy(SHIFTS.CALLER_ID)
                .fetch();
        var onShift = new ArrayList<OnShift>();
        for (var shift : open) {
            var last = dsl.select(INBOUND_REQUESTS.ASSIGNED_AT, INBOUND_REQUESTS.ID).from(INBOUND_REQUESTS)
                    .where(INBOUND_REQUESTS.CALLER_ID.eq(shift.value1()))
                    .orderBy(INBOUND_REQUESTS.ASSIGNED_AT.desc(), INBOUND_REQUESTS.ID.desc()).limit(1)
                    .fetchOptional();
            onShift.add(new OnShift(shift.value1(), Instant.ofEpochMilli(shift.value2()),
                    last.map(r -> Millis.toInstant(r.value1())).orElse(null), last.map(r -> (long) r.value2()).orElse(0L)));
        }
        return onShift;
    }

    @Override
    public Optional<Long> onDuty(Tx tx, LocalDate day, HalfDay half) {
        return JooqTx.dsl(tx).select(INBOUND_DUTY.CALLER_ID).from(INBOUND_DUTY)
                .join(CALLERS).on(CALLERS.ID.eq(INBOUND_DUTY.CALLER_ID))
                .where(INBOUND_DUTY.DAY.eq(day.toString())).and(INBOUND_DUTY.HALF.eq(half.name()))
                .and(CALLERS.ACTIVE.isTrue())
                .fetchOptional(r -> (long) r.value1());
    }

    @Override
    public void assign(Tx tx, long requestId, long contactId, long callerId, Instant at, ContactStatus status) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(INBOUND_REQUESTS)
                .set(INBOUND_REQUESTS.CALLER_ID, (int) callerId)
                .set(INBOUND_REQUESTS.ASSIGNED_AT, at.toEpochMilli())
                .where(INBOUND_REQUESTS.ID.eq((int) requestId))
                .execute();
        // Another caller's company moves to this one whole: their deadline and queue go with them.
        var sameOwner = CONTACTS.OWNER_ID.eq((int) callerId);
        dsl.update(CONTACTS)
                .set(CONTACTS.OWNER_ID, (int) callerId)
                .set(CONTACTS.WORK_UNTIL, DSL.when(sameOwner, CONTACTS.WORK_UNTIL).otherwise(DSL.castNull(Long.class)))
                .set(CONTACTS.WORK_QUEUE_ID, DSL.when(sameOwner, CONTACTS.WORK_QUEUE_ID)
                        .otherwise(DSL.castNull(Integer.class)))
                .set(CONTACTS.STATUS, status.name())
                .set(CONTACTS.NEXT_CALL_KIND, NextCallKind.CALLBACK.name())
                .set(CONTACTS.NEXT_CALL_AT, at.toEpochMilli())
                .set(CONTACTS.VERSION, CONTACTS.VERSION.plus(1))
                .where(CONTACTS.ID.eq((int) contactId))
                .execute();
    }

    @Override
    public List<InboundRequest> since(Tx tx, Instant from) {
        return requests(JooqTx.dsl(tx)).where(INBOUND_REQUESTS.RECEIVED_AT.ge(from.toEpochMilli()).or(UNANSWERED))
                .orderBy(INBOUND_REQUESTS.RECEIVED_AT.desc(), INBOUND_REQUESTS.ID.desc())
                .fetch(JooqInboundRepository::request);
    }

    @Override
    public List<InboundRequest> unanswered(Tx tx, Instant receivedBy) {
        return requests(JooqTx.dsl(tx)).where(INBOUND_REQUESTS.RECEIVED_AT.le(receivedBy.toEpochMilli()))
                .and(UNANSWERED)
                .orderBy(INBOUND_REQUESTS.RECEIVED_AT, INBOUND_REQUESTS.ID)
                .fetch(JooqInboundRepository::request);
    }

    @Override
    public Optional<InboundCard> shownTo(Tx tx, long contactId, long callerId, Instant at) {
        var dsl = JooqTx.dsl(tx);
        var found = dsl.select(INBOUND_REQUESTS.ID, INBOUND_REQUESTS.PERSON, INBOUND_REQUESTS.PHONE,
                        INBOUND_REQUESTS.WANTS, INBOUND_REQUESTS.SOURCE, INBOUND_REQUESTS.RECEIVED_AT)
                .from(INBOUND_REQUESTS)
                .where(INBOUND_REQUESTS.CONTACT_ID.eq((int) contactId))
                .and(INBOUND_REQUESTS.CALLER_ID.eq((int) callerId))
                .and(UNANSWERED)
                .orderBy(INBOUND_REQUESTS.RECEIVED_AT.desc(), INBOUND_REQUESTS.ID.desc()).limit(1)
                .fetchOptional();
        if (found.isPresent() && at != null) {
            dsl.update(INBOUND_REQUESTS).set(INBOUND_REQUESTS.SHOWN_AT, at.toEpochMilli())
                    .where(INBOUND_REQUESTS.ID.eq(found.get().value1())).and(INBOUND_REQUESTS.SHOWN_AT.isNull())
                    .execute();
        }
        return found.map(r -> new InboundCard(r.value2(), r.value3(), r.value4(), r.value5(),
                Instant.ofEpochMilli(r.value6())));
    }

    @Override
    public List<Duty> roster(Tx tx, LocalDate from, LocalDate to) {
        return JooqTx.dsl(tx).select(INBOUND_DUTY.DAY, INBOUND_DUTY.HALF, INBOUND_DUTY.CALLER_ID, CALLERS.NAME)
                .from(INBOUND_DUTY).join(CALLERS).on(CALLERS.ID.eq(INBOUND_DUTY.CALLER_ID))
                .where(INBOUND_DUTY.DAY.between(from.toString(), to.toString()))
                .fetch(r -> new Duty(LocalDate.parse(r.value1()), HalfDay.valueOf(r.value2()), r.value3(), r.value4()))
                .stream().sorted(Comparator.comparing(Duty::day).thenComparing(Duty::half)).toList();
    }

    @Override
    public void setDuty(Tx tx, LocalDate day, HalfDay half, Long callerId) {
        var dsl = JooqTx.dsl(tx);
        dsl.deleteFrom(INBOUND_DUTY).where(INBOUND_DUTY.DAY.eq(day.toString())).and(INBOUND_DUTY.HALF.eq(half.name()))
                .execute();
        if (callerId != null) {
            dsl.insertInto(INBOUND_DUTY, INBOUND_DUTY.DAY, INBOUND_DUTY.HALF, INBOUND_DUTY.CALLER_ID)
                    .values(day.toString(), half.name(), callerId.intValue()).execute();
        }
    }

    private static SelectJoinStep<Record> requests(DSLContext dsl) {
        return dsl.select(INBOUND_REQUESTS.fields()).select(CALLERS.NAME, ANSWERED_AT.as("answered_at"))
                .from(INBOUND_REQUESTS).leftJoin(CALLERS).on(CALLERS.ID.eq(INBOUND_REQUESTS.CALLER_ID));
    }

    private static InboundRequest request(Record r) {
        var caller = r.get(INBOUND_REQUESTS.CALLER_ID);
        return new InboundRequest(r.get(INBOUND_REQUESTS.ID), r.get(INBOUND_REQUESTS.CONTACT_ID),
                r.get(INBOUND_REQUESTS.COMPANY), r.get(INBOUND_REQUESTS.PERSON), r.get(INBOUND_REQUESTS.PHONE),
                r.get(INBOUND_REQUESTS.WANTS), r.get(INBOUND_REQUESTS.SOURCE),
                Instant.ofEpochMilli(r.get(INBOUND_REQUESTS.RECEIVED_AT)), caller == null ? null : (long) caller,
                r.get(CALLERS.NAME), Millis.toInstant(r.get(INBOUND_REQUESTS.ASSIGNED_AT)),
                Millis.toInstant(r.get(INBOUND_REQUESTS.SHOWN_AT)), Millis.toInstant(r.get("answered_at", Long.class)));
    }
}
