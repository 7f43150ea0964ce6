package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactStatus;
import app.obzvon.planning.Conversion;
import app.obzvon.planning.ConversionHistory;
import app.obzvon.planning.ConversionHistory.Observed;
import app.obzvon.planning.Goal;
import app.obzvon.planning.Period;
import app.obzvon.planning.PlanInputs;
import app.obzvon.planning.PlanRepository;
import app.obzvon.planning.SavedPlan;
import org.jooq.Field;
import org.jooq.Record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.KPI_PLANS;
import static app.obzvon.persistence.jooq.Tables.OUTCOME_DEFINITIONS;
import static app.obzvon.persistence.jooq.Tables.STAGE_RESULTS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.when;

/** The plans in {@code kpi_plans} (V13); the history from the calls (by {@code calls_logged}) and the next stage's results. */
public final class JooqPlanRepository implements PlanRepository {

    /** Each conversion's column. */
    private static final Map<Conversion, Field<Integer>> RATES = new EnumMap<>(Map.of(
            Conversion.CALL_TO_CONVERSATION, KPI_PLANS.CALL_CONVERSATION_BP,
            Conversion.CONVERSATION_TO_LEAD, KPI_PLANS.CONVERSATION_LEAD_BP,
            Conversion.LEAD_TO_MEETING, KPI_PLANS.LEAD_MEETING_BP,
            Conversion.MEETING_TO_PROPOSAL, KPI_PLANS.MEETING_PROPOSAL_BP,
            Conversion.PROPOSAL_TO_INVOICE, KPI_PLANS.PROPOSAL_INVOICE_BP,
            Conversion.INVOICE_TO_PAYMENT, KPI_PLANS.INVOICE_PAYMENT_BP));

    @Override
    public Optional<SavedPlan> find(Tx tx, Period period) {
        return JooqTx.dsl(tx).select(KPI_PLANS.asterisk(), CALLERS.NAME)
                .from(KPI_PLANS).join(CALLERS).on(CALLERS.ID.eq(KPI_PLANS.SAVED_BY))
                .where(KPI_PLANS.FIRST_DAY.eq(period.first().toString()))
                .and(KPI_PLANS.LAST_DAY.eq(period.last().toString()))
                .fetchOptional(JooqPlanRepository::plan);
    }

    private static SavedPlan plan(Record r) {
        var rates = new EnumMap<Conversion, Integer>(Conversion.class);
        RATES.forEach((c, column) -> rates.put(c, r.get(column)));
        var inputs = new PlanInputs(Goal.valueOf(r.get(KPI_PLANS.GOAL)), r.get(KPI_PLANS.GOAL_ROUBLES),
                r.get(KPI_PLANS.MARGIN_BP), r.get(KPI_PLANS.AVERAGE_DEAL_ROUBLES), rates,
                r.get(KPI_PLANS.WORKING_DAYS), r.get(KPI_PLANS.CALLER_CALLS));
        var period = new Period(LocalDate.parse(r.get(KPI_PLANS.FIRST_DAY)), LocalDate.parse(r.get(KPI_PLANS.LAST_DAY)));
        return new SavedPlan(period, inputs, r.get(CALLERS.NAME), Instant.ofEpochMilli(r.get(KPI_PLANS.SAVED_AT)));
    }

    @Override
    public void save(Tx tx, Period period, PlanInputs inputs, long personId, Instant at) {
        var dsl = JooqTx.dsl(tx);
        var row = dsl.newRecord(KPI_PLANS);
        row.set(KPI_PLANS.FIRST_DAY, period.first().toString());
        row.set(KPI_PLANS.LAST_DAY, period.last().toString());
        row.set(KPI_PLANS.GOAL, inputs.goal().name());
        row.set(KPI_PLANS.GOAL_ROUBLES, inputs.goalAmount());
        row.set(KPI_PLANS.MARGIN_BP, inputs.margin());
        row.set(KPI_PLANS.AVERAGE_DEAL_ROUBLES, inputs.averageDeal());
        RATES.forEach((c, column) -> row.set(column, inputs.conversion(c)));
        row.set(KPI_PLANS.WORKING_DAYS, inputs.workingDays());
        row.set(KPI_PLANS.CALLER_CALLS, inputs.callerCalls());
        row.set(KPI_PLANS.SAVED_BY, (int) personId);
        row.set(KPI_PLANS.SAVED_AT, at.toEpochMilli());
        // The period's row is replaced whole: one plan per period (index kpi_plans_period).
        int updated = dsl.update(KPI_PLANS).set(row)
                .where(KPI_PLANS.FIRST_DAY.eq(period.first().toString()))
                .and(KPI_PLANS.LAST_DAY.eq(period.last().toString()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(KPI_PLANS).set(row).execute();
        }
    }

    @Override
    public ConversionHistory history(Tx tx, Instant since, int days) {
        var dsl = JooqTx.dsl(tx);
        var from = since.toEpochMilli();
        var calls = dsl.select(count(),
                        count().filterWhere(OUTCOME_DEFINITIONS.IS_CONVERSATION.isTrue()),
                        count().filterWhere(OUTCOME_DEFINITIONS.IS_LEAD.isTrue()),
                        count().filterWhere(OUTCOME_DEFINITIONS.IS_MEETING.isTrue()))
                .from(CALLS).join(OUTCOME_DEFINITIONS).on(OUTCOME_DEFINITIONS.ID.eq(CALLS.OUTCOME_ID))
                .where(CALLS.LOGGED_AT.ge(from))
                .fetchSingle();
        // Every payment had its invoice: a company that reached Deal support or Client had one, in this window or before.
        var invoiced = STAGE_RESULTS.STATUS_TO.in(ContactStatus.DEAL.name(), ContactStatus.DEAL_SUPPORT.name(),
                ContactStatus.CLIENT.name());
        var paid = STAGE_RESULTS.STATUS_TO.in(ContactStatus.DEAL_SUPPORT.name(), ContactStatus.CLIENT.name());
        var results = dsl.select(countDistinct(when(invoiced, STAGE_RESULTS.CONTACT_ID)),
                        countDistinct(when(paid, STAGE_RESULTS.CONTACT_ID)))
                .from(STAGE_RESULTS).where(STAGE_RESULTS.AT.ge(from))
                .fetchSingle();
        return new ConversionHistory(days, Map.of(
                Conversion.CALL_TO_CONVERSATION, new Observed(calls.value1(), calls.value2()),
                Conversion.CONVERSATION_TO_LEAD, new Observed(calls.value2(), calls.value3()),
                Conversion.LEAD_TO_MEETING, new Observed(calls.value3(), calls.value4()),
                Conversion.INVOICE_TO_PAYMENT, new Observed(results.value1(), results.value2())));
    }
}
