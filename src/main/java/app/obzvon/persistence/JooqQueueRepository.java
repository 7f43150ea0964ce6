package app.obzvon.persistence;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.persistence.jooq.tables.records.CallQueuesRecord;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.Callback;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.queue.QueueRepository;
import app.obzvon.queue.UpcomingCall;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.CALL_QUEUES;
import static app.obzvon.persistence.jooq.Tables.QUEUE_CALLERS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.QUEUE_MEMBERS;

public final class JooqQueueRepository implements QueueRepository {

    private final DSLContext dsl;
    private final PreparedQueries queries;
    private final JooqContactRepository contacts;
    private final Clock clock;

    public JooqQueueRepository(Database database, JooqContactRepository contacts, Clock clock) {
        this.dsl = database.dsl();
        this.queries = database.queries();
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public List<CallQueue> all() {
        return dsl.selectFrom(CALL_QUEUES).orderBy(CALL_QUEUES.ID).fetch(this::toQueue);
    }

    @Override
    public List<CallQueue> givenTo(long personId) {
        return dsl.selectFrom(CALL_QUEUES)
                .where(CALL_QUEUES.ID.in(DSL.select(QUEUE_CALLERS.QUEUE_ID).from(QUEUE_CALLERS)
                        .where(QUEUE_CALLERS.CALLER_ID.eq((int) personId))))
                .orderBy(CALL_QUEUES.ID).fetch(this::toQueue);
    }

    /** A new queue is given to every active person, so a fresh load is worked at once; the supervisor narrows it. */
    @Override
    public CallQueue add(NewQueue q) {
        CallQueue.checkTarget(q.dailyTarget());
        var f = q.filter();
        int id = dsl.insertInto(CALL_QUEUES)
                .set(CALL_QUEUES.NAME, q.name())
                .set(CALL_QUEUES.SCRIPT_ID, q.scriptId() == null ? null : q.scriptId().intValue())
                .set(CALL_QUEUES.DAILY_TARGET, q.dailyTarget())
                .set(CALL_QUEUES.FILTER_STATUSES, joined(f.statuses()))
                .set(CALL_QUEUES.FILTER_SIZES, joined(f.sizes()))
                .set(CALL_QUEUES.FILTER_CATEGORY, f.category())
                .set(CALL_QUEUES.FILTER_REGION, f.region())
                .set(CALL_QUEUES.FILTER_SOURCE, f.source())
                .set(CALL_QUEUES.MEMBERS_ONLY, q.membersOnly())
                .set(CALL_QUEUES.CREATED_AT, clock.millis())
                .returningResult(CALL_QUEUES.ID).fetchSingle().value1();
        dsl.insertInto(QUEUE_CALLERS, QUEUE_CALLERS.QUEUE_ID, QUEUE_CALLERS.CALLER_ID)
                .select(dsl.select(DSL.val(id), CALLERS.ID).from(CALLERS).where(CALLERS.ACTIVE.isTrue()))
                .execute();
        return new CallQueue(id, q.name(), f, q.membersOnly(), q.scriptId(), q.dailyTarget());
    }

    @Override
    public void setDailyTarget(long queueId, int target) {
        CallQueue.checkTarget(target);
        dsl.update(CALL_QUEUES).set(CALL_QUEUES.DAILY_TARGET, target).where(CALL_QUEUES.ID.eq((int) queueId)).execute();
    }

    @Override
    public void setScript(long queueId, Long scriptId) {
        dsl.update(CALL_QUEUES).set(CALL_QUEUES.SCRIPT_ID, scriptId == null ? null : scriptId.intValue())
                .where(CALL_QUEUES.ID.eq((int) queueId)).execute();
    }

    @Override
    public Optional<Contact> firstDue(CallQueue queue, NextCallKind kind, Instant from, Instant now, int maxAttempts,
                                      String holder) {
        var due = CONTACTS.NEXT_CALL_KIND.eq(kind.name())
                .and(CONTACTS.NEXT_CALL_AT.between(from.toEpochMilli(), now.toEpochMilli()));
        if (kind == NextCallKind.RETRY) {
            // The limit is checked here too, in case the supervisor lowered it since.
            due = due.and(CONTACTS.ATTEMPTS.lt(maxAttempts));
        }
        return first(dsl.select(JooqContactRepository.CARD).from(CONTACTS).where(due).and(inQueue(queue))
                .and(JooqClaimRepository.free(holder, now))
                .orderBy(CONTACTS.NEXT_CALL_AT, CONTACTS.ID).limit(1));
    }

    @Override
    public Optional<Contact> firstNeverCalled(CallQueue queue, long fromId, Instant now, String holder) {
        // Inlined, not bound: SQLite uses a partial index only when the query says its condition literally.
        return first(dsl.select(JooqContactRepository.CARD).from(CONTACTS)
                .where(CONTACTS.ATTEMPTS.eq(DSL.inline(0))).and(CONTACTS.NEXT_CALL_KIND.isNull())
                .and(CONTACTS.ID.ge((int) fromId)).and(inQueue(queue))
                .and(JooqClaimRepository.free(holder, now))
                .orderBy(CONTACTS.ID).limit(1));
    }

    private Optional<Contact> first(Query query) {
        return queries.fetchOptional(query, JooqContactRepository::card).map(contacts::withDetails);
    }

    @Override
    public long lastContactId() {
        return queries.fetchOptional(dsl.select(DSL.max(CONTACTS.ID)).from(CONTACTS), rs -> rs.getLong(1)).orElse(0L);
    }

    @Override
    public Optional<UpcomingCall> firstUpcoming(CallQueue queue, Instant now, int maxAttempts) {
        // One query per kind, each along its index; the earlier of the two is the answer.
        var callback = firstLater(queue, NextCallKind.CALLBACK, DSL.noCondition(), now);
        var retry = firstLater(queue, NextCallKind.RETRY, CONTACTS.ATTEMPTS.lt(maxAttempts), now);
        if (callback.isEmpty()) {
            return retry;
        }
        return retry.filter(r -> r.at().isBefore(callback.get().at())).or(() -> callback);
    }

    private Optional<UpcomingCall> firstLater(CallQueue queue, NextCallKind kind, Condition limit, Instant now) {
        return queries.fetchOptional(dsl.select(CONTACTS.NEXT_CALL_AT, CONTACTS.COMPANY)
                .from(CONTACTS)
                .where(CONTACTS.NEXT_CALL_KIND.eq(kind.name()))
                .and(CONTACTS.NEXT_CALL_AT.gt(now.toEpochMilli()))
                .and(limit)
                .and(inQueue(queue))
                .orderBy(CONTACTS.NEXT_CALL_AT, CONTACTS.ID).limit(1),
                rs -> new UpcomingCall(Instant.ofEpochMilli(rs.getLong(1)), kind, rs.getString(2)));
    }

    @Override
    public List<Callback> callbacksOf(long callerId, Instant until) {
        // Along the callbacks' index; each one's promise is looked up by the contact's calls.
        return dsl.select(CONTACTS.ID, CONTACTS.COMPANY, CONTACTS.PERSON, CONTACTS.NEXT_CALL_AT, CONTACTS.TIME_ZONE)
                .from(CONTACTS)
                .where(CONTACTS.NEXT_CALL_KIND.eq(NextCallKind.CALLBACK.name()))
                .and(CONTACTS.NEXT_CALL_AT.lt(until.toEpochMilli()))
                .and(CONTACTS.STATUS.in(names(ContactStatus.CALLABLE))).and(CONTACTS.DO_NOT_CALL.isFalse())
                .and(DSL.exists(DSL.selectOne().from(CALLS)
                        .where(CALLS.CONTACT_ID.eq(CONTACTS.ID))
                        .and(CALLS.CALLER_ID.eq((int) callerId))
                        .and(CALLS.CALLBACK_AT.eq(CONTACTS.NEXT_CALL_AT))))
                .orderBy(CONTACTS.NEXT_CALL_AT, CONTACTS.ID)
                .fetch(r -> new Callback(r.value1(), r.value2(), r.value3(), Instant.ofEpochMilli(r.value4()),
                        r.value5() == null ? null : java.time.ZoneId.of(r.value5())));
    }

    /** The queue's contacts (its filter's and its members), narrowed to those a caller may be given at all. */
    private static Condition inQueue(CallQueue queue) {
        // EXISTS, one look-up in the members' key per row: IN (SELECT …) built the whole member list each time.
        var members = DSL.exists(DSL.selectOne().from(QUEUE_MEMBERS)
                .where(QUEUE_MEMBERS.QUEUE_ID.eq((int) queue.id()))
                .and(QUEUE_MEMBERS.CONTACT_ID.eq(CONTACTS.ID)));
        var contacts = queue.membersOnly() ? members : matching(queue.filter()).or(members);
        return CONTACTS.STATUS.in(names(ContactStatus.CALLABLE)).and(CONTACTS.DO_NOT_CALL.isFalse()).and(contacts);
    }

    private static Condition matching(QueueFilter f) {
        // trueCondition, not noCondition: jOOQ drops noCondition from an OR, and "any" must match all.
        Condition c = DSL.trueCondition();
        if (!f.statuses().isEmpty()) {
            c = c.and(CONTACTS.STATUS.in(names(f.statuses())));
        }
        if (!f.sizes().isEmpty()) {
            c = c.and(CONTACTS.SIZE.in(names(f.sizes())));
        }
        c = c.and(equalIfSet(CONTACTS.CATEGORY, f.category()));
        c = c.and(equalIfSet(CONTACTS.REGION, f.region()));
        return c.and(equalIfSet(CONTACTS.SOURCE, f.source()));
    }

    private static Condition equalIfSet(TableField<?, String> field, String value) {
        return value == null || value.isBlank() ? DSL.noCondition() : field.eq(value);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static String joined(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? null : String.join(",", names(values));
    }

    private static <E extends Enum<E>> Set<E> parsed(String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(s -> Enum.valueOf(type, s.strip()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private CallQueue toQueue(CallQueuesRecord r) {
        var filter = new QueueFilter(parsed(r.getFilterStatuses(), ContactStatus.class),
                parsed(r.getFilterSizes(), CompanySize.class),
                r.getFilterCategory(), r.getFilterRegion(), r.getFilterSource());
        return new CallQueue(r.getId(), r.getName(), filter, r.getMembersOnly(),
                r.getScriptId() == null ? null : r.getScriptId().longValue(), r.getDailyTarget());
    }
}
