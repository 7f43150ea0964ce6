package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.persistence.jooq.tables.records.CallQueuesRecord;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.CallingHours;
import app.obzvon.queue.WorkRules;
import app.obzvon.queue.Callback;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.OpenZones;
import app.obzvon.queue.QueueFilter;
import app.obzvon.queue.QueueRepository;
import app.obzvon.queue.QueueSettings;
import app.obzvon.queue.UpcomingCall;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectForUpdateStep;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CALL_QUEUES;
import static app.obzvon.persistence.jooq.Tables.QUEUE_CALLERS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.QueueConditions.callable;
import static app.obzvon.persistence.QueueConditions.inOpenZone;
import static app.obzvon.persistence.QueueConditions.inQueue;
import static app.obzvon.persistence.QueueConditions.names;
import static app.obzvon.persistence.QueueConditions.ownerAway;

public final class JooqQueueRepository implements QueueRepository {

    private final PreparedQueries queries;
    private final JooqContactRepository contacts;
    private final Clock clock;

    public JooqQueueRepository(Database database, JooqContactRepository contacts, Clock clock) {
        this.queries = database.queries();
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public List<CallQueue> all(Tx tx) {
        var dsl = JooqTx.dsl(tx);
        return dsl.selectFrom(CALL_QUEUES).orderBy(CALL_QUEUES.ID).fetch(this::toQueue);
    }

    @Override
    public List<CallQueue> givenTo(Tx tx, long personId) {
        var dsl = JooqTx.dsl(tx);
        return dsl.selectFrom(CALL_QUEUES)
                .where(CALL_QUEUES.ID.in(DSL.select(QUEUE_CALLERS.QUEUE_ID).from(QUEUE_CALLERS)
                        .where(QUEUE_CALLERS.CALLER_ID.eq((int) personId))))
                .orderBy(CALL_QUEUES.ID).fetch(this::toQueue);
    }

    /** A new queue is given to every active person, so a fresh load is worked at once; the supervisor narrows it. */
    @Override
    public CallQueue add(Tx tx, NewQueue q) {
        var dsl = JooqTx.dsl(tx);
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
                .set(CALL_QUEUES.FILTER_TIME_ZONE, f.timeZone())
                .set(CALL_QUEUES.MEMBERS_ONLY, q.membersOnly())
                .set(CALL_QUEUES.CREATED_AT, clock.millis())
                .returningResult(CALL_QUEUES.ID).fetchSingle().value1();
        dsl.insertInto(QUEUE_CALLERS, QUEUE_CALLERS.QUEUE_ID, QUEUE_CALLERS.CALLER_ID)
                .select(dsl.select(DSL.val(id), CALLERS.ID).from(CALLERS).where(CALLERS.ACTIVE.isTrue()))
                .execute();
        return new CallQueue(id, q.name(), f, q.membersOnly(), q.scriptId(), q.dailyTarget(), CallingHours.DEFAULT,
                WorkRules.DEFAULT);
    }

    @Override
    public void setDailyTarget(Tx tx, long queueId, int target) {
        var dsl = JooqTx.dsl(tx);
        CallQueue.checkTarget(target);
        dsl.update(CALL_QUEUES).set(CALL_QUEUES.DAILY_TARGET, target).where(CALL_QUEUES.ID.eq((int) queueId)).execute();
    }

    @Override
    public void setScript(Tx tx, long queueId, Long scriptId) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CALL_QUEUES).set(CALL_QUEUES.SCRIPT_ID, scriptId == null ? null : scriptId.intValue())
                .where(CALL_QUEUES.ID.eq((int) queueId)).execute();
    }

    @Override
    public Set<String> zonesInUse(Tx tx) {
        var dsl = JooqTx.dsl(tx);
        return TimeZonesInUse.all(dsl);
    }

    @Override
    public void update(Tx tx, long queueId, QueueSettings s) {
        var dsl = JooqTx.dsl(tx);
        var f = s.filter();
        dsl.update(CALL_QUEUES)
                .set(CALL_QUEUES.NAME, s.name())
                .set(CALL_QUEUES.SCRIPT_ID, s.scriptId() == null ? null : s.scriptId().intValue())
                .set(CALL_QUEUES.DAILY_TARGET, s.dailyTarget())
                .set(CALL_QUEUES.FILTER_STATUSES, joined(f.statuses()))
                .set(CALL_QUEUES.FILTER_SIZES, joined(f.sizes()))
                .set(CALL_QUEUES.FILTER_CATEGORY, blankAsNull(f.category()))
                .set(CALL_QUEUES.FILTER_REGION, blankAsNull(f.region()))
                .set(CALL_QUEUES.FILTER_SOURCE, blankAsNull(f.source()))
                .set(CALL_QUEUES.FILTER_TIME_ZONE, blankAsNull(f.timeZone()))
                .where(CALL_QUEUES.ID.eq((int) queueId)).execute();
        setHours(tx, queueId, s.hours());
        setWork(tx, queueId, s.work());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public void setHours(Tx tx, long queueId, CallingHours h) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CALL_QUEUES)
                .set(CALL_QUEUES.HOURS_OPEN, minutes(h.opens()))
                .set(CALL_QUEUES.HOURS_CLOSE, minutes(h.closes()))
                .set(CALL_QUEUES.HOURS_DAYS, h.dayDigits())
                .set(CALL_QUEUES.LUNCH_FROM, h.hasLunch() ? minutes(h.lunchFrom()) : null)
                .set(CALL_QUEUES.LUNCH_TO, h.hasLunch() ? minutes(h.lunchTo()) : null)
                .where(CALL_QUEUES.ID.eq((int) queueId)).execute();
    }

    @Override
    public void setWork(Tx tx, long queueId, WorkRules w) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CALL_QUEUES)
                .set(CALL_QUEUES.WORKING_LIST, w.workingList())
                .set(CALL_QUEUES.DEADLINE_DAYS, w.deadlineDays())
                .set(CALL_QUEUES.EXPIRE_TO, w.expireTo().name())
                .set(CALL_QUEUES.SHARED_CALLBACKS, w.sharedCallbacks())
                .where(CALL_QUEUES.ID.eq((int) queueId)).execute();
    }

    @Override
    public Optional<Instant> firstOwnCallbackAt(Tx tx, long callerId) {
        var dsl = JooqTx.dsl(tx);
        // The first of the caller's callbacks along the owner's index; claimed or not, it is theirs.
        return queries.fetchOptional(tx, dsl.select(CONTACTS.NEXT_CALL_AT).from(CONTACTS)
                .where(CONTACTS.OWNER_ID.eq((int) callerId))
                .and(CONTACTS.NEXT_CALL_KIND.eq(NextCallKind.CALLBACK.name()))
                .and(callable())
                .orderBy(CONTACTS.NEXT_CALL_AT, CONTACTS.ID).limit(1), rs -> Instant.ofEpochMilli(rs.getLong(1)));
    }

    @Override
    public Optional<Contact> firstOwnCallback(Tx tx, long callerId, Instant now, String holder) {
        var dsl = JooqTx.dsl(tx);
        // Along the owner's index: one caller's callbacks by due time, a handful of rows.
        return first(tx, dsl.select(dispensed(dsl)).from(CONTACTS)
                .where(CONTACTS.OWNER_ID.eq((int) callerId))
                .and(CONTACTS.NEXT_CALL_KIND.eq(NextCallKind.CALLBACK.name()))
                .and(CONTACTS.NEXT_CALL_AT.le(now.toEpochMilli()))
                .and(callable())
                .and(JooqClaimRepository.free(holder, now))
                .orderBy(CONTACTS.NEXT_CALL_AT, CONTACTS.ID).limit(1));
    }

    @Override
    public Optional<Contact> firstDue(Tx tx, CallQueue queue, NextCallKind kind, Instant from, Instant now,
                                      int maxAttempts, String holder, long callerId, OpenZones open) {
        var dsl = JooqTx.dsl(tx);
        var due = CONTACTS.NEXT_CALL_KIND.eq(kind.name())
                .and(CONTACTS.NEXT_CALL_AT.between(from.toEpochMilli(), now.toEpochMilli()));
        if (kind == NextCallKind.RETRY) {
            // The limit is checked here too, in case the supervisor lowered it since.
            due = due.and(CONTACTS.ATTEMPTS.lt(maxAttempts));
        }
        var others = kind == NextCallKind.CALLBACK && queue.work().sharedCallbacks()
                ? CONTACTS.OWNER_ID.isNull().or(CONTACTS.OWNER_ID.eq((int) callerId)).or(ownerAway(now))
                : CONTACTS.OWNER_ID.isNull().or(CONTACTS.OWNER_ID.eq((int) callerId));
        return first(tx, dsl.select(dispensed(dsl)).from(CONTACTS).where(due).and(others)
                .and(inOpenZone(open)).and(inQueue(queue))
                .and(JooqClaimRepository.free(holder, now))
                .orderBy(CONTACTS.NEXT_CALL_AT, CONTACTS.ID).limit(1));
    }

    @Override
    public Optional<Contact> firstNeverCalled(Tx tx, CallQueue queue, long fromId, Instant now, String holder,
                                              OpenZones open) {
        var dsl = JooqTx.dsl(tx);
        // Inlined, not bound: SQLite uses a partial index only when the query says its condition literally.
        return first(tx, dsl.select(dispensed(dsl)).from(CONTACTS)
                .where(CONTACTS.ATTEMPTS.eq(DSL.inline(0))).and(CONTACTS.NEXT_CALL_KIND.isNull())
                .and(CONTACTS.ID.ge((int) fromId)).and(inOpenZone(open)).and(inQueue(queue))
                .and(JooqClaimRepository.free(holder, now))
                .orderBy(CONTACTS.ID).limit(1));
    }

    @Override
    public int workingListCount(Tx tx, long callerId) {
        var dsl = JooqTx.dsl(tx);
        return queries.fetchOptional(tx, dsl.selectCount().from(CONTACTS)
                .where(CONTACTS.OWNER_ID.eq((int) callerId))
                .and(CONTACTS.STATUS.in(names(ContactStatus.IN_WORK))), rs -> rs.getInt(1)).orElse(0);
    }

    /**
     * The first contact a dispensing query finds, with its phones and fields. On a server, other PCs
     * look at the same moment: a contact another transaction is taking is locked, and passed over
     * ({@code SKIP LOCKED}) rather than waited for, so fifty callers do not queue behind one row; and
     * the card comes only where the session may read it yet ({@link #dispensed}).
     */
    private Optional<Contact> first(Tx tx, SelectForUpdateStep<?> query) {
        var dsl = JooqTx.dsl(tx);
        if (JooqTx.onServer(dsl)) {
            return queries.fetchOptional(tx, query.forUpdate().of(CONTACTS).skipLocked(), JooqContactRepository::card)
                    .map(c -> contacts.withCardIfSeen(tx, c));
        }
        return queries.fetchOptional(tx, query, JooqContactRepository::card).map(c -> contacts.withDetails(tx, c));
    }

    /**
     * The columns a dispensing query reads: the card on a file; on a server the company's state alone
     * ({@link JooqContactRepository#DISPENSED}), the card read after, where the session may (a
     * caller's role, once the company is claimed: {@code CallingSession}).
     */
    private static List<SelectFieldOrAsterisk> dispensed(DSLContext dsl) {
        return JooqTx.onServer(dsl) ? JooqContactRepository.DISPENSED
                : JooqContactRepository.CARD;
    }

    @Override
    public long lastContactId(Tx tx) {
        var dsl = JooqTx.dsl(tx);
        return queries.fetchOptional(tx, dsl.select(DSL.max(CONTACTS.ID)).from(CONTACTS), rs -> rs.getLong(1))
                .orElse(0L);
    }

    @Override
    public Optional<UpcomingCall> firstUpcoming(Tx tx, CallQueue queue, Instant now, int maxAttempts, long callerId) {
        // One query per kind, each along its index; the earliest is the answer.
        var mine = CONTACTS.OWNER_ID.isNull().or(CONTACTS.OWNER_ID.eq((int) callerId));
        var found = new ArrayList<UpcomingCall>();
        later(tx, DSL.noCondition(), UpcomingCall.Reason.CALLBACK, now, CONTACTS.OWNER_ID.eq((int) callerId))
                .ifPresent(found::add);
        later(tx, inQueue(queue), UpcomingCall.Reason.CALLBACK, now, mine).ifPresent(found::add);
        later(tx, inQueue(queue), UpcomingCall.Reason.RETRY, now, mine.and(CONTACTS.ATTEMPTS.lt(maxAttempts)))
                .ifPresent(found::add);
        return found.stream().min(Comparator.comparing(UpcomingCall::at));
    }

    private Optional<UpcomingCall> later(Tx tx, Condition queue, UpcomingCall.Reason reason, Instant now,
                                         Condition limit) {
        var dsl = JooqTx.dsl(tx);
        return queries.fetchOptional(tx, dsl.select(CONTACTS.NEXT_CALL_AT, JooqContactRepository.company(dsl),
                        CONTACTS.TIME_ZONE)
                .from(CONTACTS)
                .where(CONTACTS.NEXT_CALL_KIND.eq(reason.name()))
                .and(CONTACTS.NEXT_CALL_AT.gt(now.toEpochMilli()))
                .and(limit)
                .and(callable())
                .and(queue)
                .orderBy(CONTACTS.NEXT_CALL_AT, CONTACTS.ID).limit(1),
                rs -> new UpcomingCall(Instant.ofEpochMilli(rs.getLong(1)), reason, rs.getString(2), zone(rs.getString(3))));
    }

    @Override
    public Optional<UpcomingCall> firstWaiting(Tx tx, CallQueue queue, Instant now, int maxAttempts, long callerId,
                                               List<String> zones, boolean unknown) {
        var dsl = JooqTx.dsl(tx);
        // Never called: any one will do, so no order; each zone is a look-up in the zones' index.
        Optional<UpcomingCall> found = Optional.empty();
        if (!zones.isEmpty()) {
            found = waiting(tx, neverCalledIn(dsl, CONTACTS.TIME_ZONE.in(zones), queue), now);
        }
        if (found.isEmpty() && unknown) {
            found = waiting(tx, neverCalledIn(dsl, CONTACTS.TIME_ZONE.isNull(), queue), now);
        }
        if (found.isPresent()) {
            return found;
        }
        var inZones = zones.isEmpty() ? CONTACTS.TIME_ZONE.isNull()
                : unknown ? CONTACTS.TIME_ZONE.in(zones).or(CONTACTS.TIME_ZONE.isNull()) : CONTACTS.TIME_ZONE.in(zones);
        return waiting(tx, dsl.select(JooqContactRepository.company(dsl), CONTACTS.TIME_ZONE).from(CONTACTS)
                .where(CONTACTS.NEXT_CALL_KIND.eq(NextCallKind.RETRY.name()))
                .and(CONTACTS.NEXT_CALL_AT.le(now.toEpochMilli())).and(CONTACTS.ATTEMPTS.lt(maxAttempts))
                .and(CONTACTS.OWNER_ID.isNull().or(CONTACTS.OWNER_ID.eq((int) callerId)))
                .and(inZones).and(inQueue(queue)).orderBy(CONTACTS.NEXT_CALL_AT, CONTACTS.ID).limit(1), now);
    }

    private static Query neverCalledIn(DSLContext dsl, Condition zone, CallQueue queue) {
        return dsl.select(JooqContactRepository.company(dsl), CONTACTS.TIME_ZONE).from(CONTACTS)
                .where(CONTACTS.ATTEMPTS.eq(DSL.inline(0))).and(CONTACTS.NEXT_CALL_KIND.isNull())
                .and(zone).and(inQueue(queue)).limit(1);
    }

    private Optional<UpcomingCall> waiting(Tx tx, Query query, Instant now) {
        return queries.fetchOptional(tx, query,
                rs -> new UpcomingCall(now, UpcomingCall.Reason.CALLING_HOURS, rs.getString(1), zone(rs.getString(2))));
    }

    @Override
    public List<Callback> callbacksOf(Tx tx, long callerId, Instant until) {
        var dsl = JooqTx.dsl(tx);
        // Along the owner's index: the caller's own callbacks, by due time. On a server the names come
        // from the cards the session may read: a caller's own working list.
        boolean server = JooqTx.onServer(dsl);
        var cards = server ? JooqContactRepository.CARDS : CONTACTS;
        var from = server ? CONTACTS.join(cards).on(cards.ID.eq(CONTACTS.ID)) : CONTACTS;
        return dsl.select(CONTACTS.ID, cards.COMPANY, cards.PERSON, CONTACTS.NEXT_CALL_AT, CONTACTS.TIME_ZONE)
                .from(from)
                .where(CONTACTS.OWNER_ID.eq((int) callerId))
                .and(CONTACTS.NEXT_CALL_KIND.eq(NextCallKind.CALLBACK.name()))
                .and(CONTACTS.NEXT_CALL_AT.lt(until.toEpochMilli()))
                .and(callable())
                .orderBy(CONTACTS.NEXT_CALL_AT, CONTACTS.ID)
                .fetch(r -> new Callback(r.value1(), r.value2(), r.value3(), Instant.ofEpochMilli(r.value4()),
                        zone(r.value5())));
    }

    private static ZoneId zone(String id) {
        return id == null ? null : ZoneId.of(id);
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
                r.getFilterCategory(), r.getFilterRegion(), r.getFilterSource(), r.getFilterTimeZone());
        var hours = new CallingHours(time(r.getHoursOpen()), time(r.getHoursClose()),
                CallingHours.parseDays(r.getHoursDays()), r.getLunchFrom() == null ? null : time(r.getLunchFrom()),
                r.getLunchTo() == null ? null : time(r.getLunchTo()));
        var work = new WorkRules(r.getWorkingList(), r.getDeadlineDays(), ContactStatus.valueOf(r.getExpireTo()),
                r.getSharedCallbacks());
        return new CallQueue(r.getId(), r.getName(), filter, r.getMembersOnly(),
                r.getScriptId() == null ? null : r.getScriptId().longValue(), r.getDailyTarget(), hours, work);
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(int minutes) {
        return minutes >= 24 * 60 ? LocalTime.MAX.withSecond(0).withNano(0) : LocalTime.of(minutes / 60, minutes % 60);
    }
}
