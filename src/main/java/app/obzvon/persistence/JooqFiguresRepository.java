package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.figures.Counts;
import app.obzvon.figures.DayShift;
import app.obzvon.figures.FiguresRepository;
import app.obzvon.figures.Funnel;
import app.obzvon.figures.Hours;
import app.obzvon.figures.KeptDays;
import app.obzvon.figures.Tally;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.CALL_SCRIPT_STEPS;
import static app.obzvon.persistence.jooq.Tables.DAY_TALLIES;
import static app.obzvon.persistence.jooq.Tables.ENDING_TALLIES;
import static app.obzvon.persistence.jooq.Tables.HANDOVERS;
import static app.obzvon.persistence.jooq.Tables.HANDOVER_LEADS;
import static app.obzvon.persistence.jooq.Tables.HOUR_TALLIES;
import static app.obzvon.persistence.jooq.Tables.OUTCOME_DEFINITIONS;
import static app.obzvon.persistence.jooq.Tables.PAUSES;
import static app.obzvon.persistence.jooq.Tables.SHIFTS;
import static app.obzvon.persistence.jooq.Tables.STAGE_RESULTS;
import static app.obzvon.persistence.jooq.Tables.TALLIED_DAYS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

/**
 * The team's figures by period: every read of calls goes through {@code calls_logged} (the
 * period's calls only, never the whole table; {@code QueryPlanTest}) and adds up in the base, so
 * what comes back is a row per caller and quarter hour, not a row per call. Closed days' figures,
 * once kept, are read from the day tables (V15): a row per caller and day, hour or step.
 */
public final class JooqFiguresRepository implements FiguresRepository {

    private static final long SLOT_MILLIS = Tally.SLOT.toMillis();

    @Override
    public List<Tally> tallies(Tx tx, Instant from, Instant to) {
        var o = OUTCOME_DEFINITIONS;
        // Inline, so that PostgreSQL sees the select's and the group's expressions as one.
        Field<Long> slot = CALLS.LOGGED_AT.div(inline(SLOT_MILLIS)).as("slot");
        var conversations = count(when(o.IS_CONVERSATION.isTrue(), inline(1)));
        var leads = count(when(o.IS_LEAD.isTrue(), inline(1)));
        var meetings = count(when(o.IS_MEETING.isTrue(), inline(1)));
        var seconds = sum(CALLS.DURATION_SECONDS);
        return JooqTx.dsl(tx).select(CALLS.CALLER_ID, slot, count(), conversations, leads, meetings, seconds)
                .from(CALLS)
                .join(o).on(o.ID.eq(CALLS.OUTCOME_ID))
                .where(CALLS.LOGGED_AT.ge(from.toEpochMilli()).and(CALLS.LOGGED_AT.lt(to.toEpochMilli())))
                .groupBy(CALLS.CALLER_ID, CALLS.LOGGED_AT.div(inline(SLOT_MILLIS)))
                .fetch(r -> new Tally(r.value1(), Instant.ofEpochMilli(r.get(slot, Long.class) * SLOT_MILLIS),
                        new Counts(r.value3(), r.value4(), r.value5(), r.value6(),
                                r.value7() == null ? 0 : r.value7().longValue())));
    }

    /** The period's batches first (a row a batch), then their leads by the key: never every lead ever handed over. */
    @Override
    public int handedOver(Tx tx, Instant from, Instant to) {
        var dsl = JooqTx.dsl(tx);
        var batches = select(HANDOVERS.ID).from(HANDOVERS)
                .where(HANDOVERS.CREATED_AT.ge(from.toEpochMilli()).and(HANDOVERS.CREATED_AT.lt(to.toEpochMilli())));
        return dsl.fetchCount(HANDOVER_LEADS, HANDOVER_LEADS.HANDOVER_ID.in(batches));
    }

    @Override
    public int deals(Tx tx, Instant from, Instant to) {
        var deals = Funnel.DEALS.stream().map(Enum::name).toList();
        return JooqTx.dsl(tx).select(countDistinct(STAGE_RESULTS.CONTACT_ID))
                .from(STAGE_RESULTS)
                .where(STAGE_RESULTS.AT.ge(from.toEpochMilli()).and(STAGE_RESULTS.AT.lt(to.toEpochMilli())))
                .and(STAGE_RESULTS.STATUS_TO.in(deals)).and(STAGE_RESULTS.STATUS_FROM.notIn(deals))
                .fetchOne(0, int.class);
    }

    @Override
    public Map<Long, Map<String, Integer>> endings(Tx tx, Instant from, Instant to) {
        var step = CALL_SCRIPT_STEPS.as("step");
        var later = CALL_SCRIPT_STEPS.as("later");
        var endings = new HashMap<Long, Map<String, Integer>>();
        JooqTx.dsl(tx).select(CALLS.CALLER_ID, step.STEP_KEY, count())
                .from(CALLS)
                .join(OUTCOME_DEFINITIONS).on(OUTCOME_DEFINITIONS.ID.eq(CALLS.OUTCOME_ID))
                .join(step).on(step.CALL_ID.eq(CALLS.ID))
                .where(CALLS.LOGGED_AT.ge(from.toEpochMilli()).and(CALLS.LOGGED_AT.lt(to.toEpochMilli())))
                .and(OUTCOME_DEFINITIONS.IS_CONVERSATION.isTrue())
                .and(step.POSITION.eq(select(max(later.POSITION)).from(later).where(later.CALL_ID.eq(CALLS.ID))))
                .groupBy(CALLS.CALLER_ID, step.STEP_KEY)
                .forEach(r -> endings.computeIfAbsent((long) r.value1(), id -> new HashMap<>())
                        .put(r.value2(), r.value3()));
        endings.replaceAll((id, steps) -> Map.copyOf(steps));
        return endings;
    }

    @Override
    public List<DayShift> shifts(Tx tx, Instant since) {
        var open = PAUSES.as("open_pause");
        return JooqTx.dsl(tx).select(SHIFTS.CALLER_ID, SHIFTS.STARTED_AT, SHIFTS.PLANNED_END_AT, SHIFTS.ENDED_AT,
                        open.REASON, open.STARTED_AT)
                .from(SHIFTS)
                .leftJoin(open).on(open.SHIFT_ID.eq(SHIFTS.ID)).and(open.ENDED_AT.isNull())
                .where(SHIFTS.STARTED_AT.ge(since.toEpochMilli()))
                .orderBy(SHIFTS.STARTED_AT, open.STARTED_AT)
                .fetch(r -> new DayShift(r.value1(), Millis.toInstant(r.value2()), Millis.toInstant(r.value3()),
                        Millis.toInstant(r.value4()), r.value5(), Millis.toInstant(r.value6())));
    }

    @Override
    public List<LocalDate> unkept(Tx tx, ZoneId zone, LocalDate first, LocalDate last) {
        var kept = JooqTx.dsl(tx).select(TALLIED_DAYS.DAY).from(TALLIED_DAYS)
                .where(days(TALLIED_DAYS.ZONE, TALLIED_DAYS.DAY, zone, first, last))
                .fetchSet(TALLIED_DAYS.DAY);
        return first.datesUntil(last.plusDays(1)).filter(d -> !kept.contains((int) d.toEpochDay())).toList();
    }

    @Override
    public boolean markKept(Tx tx, ZoneId zone, LocalDate day) {
        // On a server, a second supervisor keeping the same day waits here for the first, then skips it.
        return JooqTx.dsl(tx).insertInto(TALLIED_DAYS, TALLIED_DAYS.ZONE, TALLIED_DAYS.DAY)
                .values(zone.getId(), (int) day.toEpochDay())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void keep(Tx tx, ZoneId zone, LocalDate day, Map<Long, Counts> byCaller, Hours hours,
                     Map<Long, Map<String, Integer>> endings) {
        var dsl = JooqTx.dsl(tx);
        String z = zone.getId();
        int d = (int) day.toEpochDay();
        var t = DAY_TALLIES;
        var days = new ArrayList<Object[]>();
        byCaller.forEach((id, c) -> days.add(new Object[] {z, d, id.intValue(), c.calls(), c.conversations(), c.leads(),
                c.meetings(), c.talkSeconds()}));
        insert(dsl.batch(dsl.insertInto(t, t.ZONE, t.DAY, t.CALLER_ID, t.CALLS, t.CONVERSATIONS, t.LEADS, t.MEETINGS,
                t.SECONDS).values((String) null, null, null, null, null, null, null, null)), days);
        var h = HOUR_TALLIES;
        var hourRows = new ArrayList<Object[]>();
        hours.byCaller().forEach((id, calls) -> {
            for (int hour = 0; hour < calls.size(); hour++) {
                if (calls.get(hour) > 0) {
                    hourRows.add(new Object[] {z, d, hour, id.intValue(), calls.get(hour)});
                }
            }
        });
        insert(dsl.batch(dsl.insertInto(h, h.ZONE, h.DAY, h.HOUR, h.CALLER_ID, h.CALLS)
                .values((String) null, null, null, null, null)), hourRows);
        var e = ENDING_TALLIES;
        var endingRows = new ArrayList<Object[]>();
        endings.forEach((id, steps) -> steps.forEach((step, n) ->
                endingRows.add(new Object[] {z, d, id.intValue(), step, n})));
        insert(dsl.batch(dsl.insertInto(e, e.ZONE, e.DAY, e.CALLER_ID, e.STEP_KEY, e.CONVERSATIONS)
                .values((String) null, null, null, null, null)), endingRows);
    }

    /** The rows through one prepared insert; none for no rows (a batch bound to nothing would insert its nulls). */
    private static void insert(BatchBindStep batch, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            rows.forEach(batch::bind);
            batch.execute();
        }
    }

    @Override
    public KeptDays kept(Tx tx, ZoneId zone, LocalDate first, LocalDate last) {
        var dsl = JooqTx.dsl(tx);
        var t = DAY_TALLIES;
        var days = dsl.select(t.CALLER_ID, t.DAY, t.CALLS, t.CONVERSATIONS, t.LEADS, t.MEETINGS, t.SECONDS)
                .from(t)
                .where(days(t.ZONE, t.DAY, zone, first, last))
                .fetch(r -> new Tally(r.value1(), LocalDate.ofEpochDay(r.value2()).atStartOfDay(zone).toInstant(),
                        new Counts(r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
        var h = HOUR_TALLIES;
        var team = new ArrayList<>(Hours.NONE);
        var byCaller = new HashMap<Long, List<Integer>>();
        dsl.select(h.CALLER_ID, h.HOUR, sum(h.CALLS))
                .from(h)
                .where(days(h.ZONE, h.DAY, zone, first, last))
                .groupBy(h.CALLER_ID, h.HOUR)
                .forEach(r -> {
                    int calls = r.value3().intValue();
                    team.set(r.value2(), team.get(r.value2()) + calls);
                    byCaller.computeIfAbsent((long) r.value1(), id -> new ArrayList<>(Hours.NONE)).set(r.value2(), calls);
                });
        byCaller.replaceAll((id, list) -> List.copyOf(list));
        var e = ENDING_TALLIES;
        var endings = new HashMap<Long, Map<String, Integer>>();
        dsl.select(e.CALLER_ID, e.STEP_KEY, sum(e.CONVERSATIONS))
                .from(e)
                .where(days(e.ZONE, e.DAY, zone, first, last))
                .groupBy(e.CALLER_ID, e.STEP_KEY)
                .forEach(r -> endings.computeIfAbsent((long) r.value1(), id -> new HashMap<>())
                        .put(r.value2(), r.value3().intValue()));
        endings.replaceAll((id, steps) -> Map.copyOf(steps));
        return new KeptDays(days, new Hours(List.copyOf(team), Map.copyOf(byCaller)), Map.copyOf(endings));
    }

    /**
     * Forgets every kept day: what an outcome counts as (a conversation, a lead, a meeting) changed,
     * so the days' calls add up differently now. The next read keeps them again.
     */
    static void forgetKeptDays(DSLContext dsl) {
        dsl.deleteFrom(DAY_TALLIES).execute();
        dsl.deleteFrom(HOUR_TALLIES).execute();
        dsl.deleteFrom(ENDING_TALLIES).execute();
        dsl.deleteFrom(TALLIED_DAYS).execute();
    }

    private static <R extends org.jooq.Record> Condition days(TableField<R, String> zoneField,
                                                              TableField<R, Integer> dayField, ZoneId zone,
                                                              LocalDate first, LocalDate last) {
        return zoneField.eq(zone.getId()).and(dayField.between((int) first.toEpochDay(), (int) last.toEpochDay()));
    }
}
