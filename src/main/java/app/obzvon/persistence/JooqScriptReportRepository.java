package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.report.ScriptReportRepository;
import app.obzvon.report.StepCounts;
import app.obzvon.report.UnmatchedAnswer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.CALL_SCRIPT_STEPS;
import static app.obzvon.persistence.jooq.Tables.OUTCOME_DEFINITIONS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.when;

/**
 * Plain GROUP BY over the recorded paths; nothing here is particular to SQLite. Only conversations
 * count: an unanswered or busy call "ended at the greeting" only because nobody picked up.
 */
public final class JooqScriptReportRepository implements ScriptReportRepository {

    @Override
    public int calls(Tx tx, long versionId) {
        var dsl = JooqTx.dsl(tx);
        return dsl.fetchCount(dsl.selectOne().from(CALLS)
                .join(OUTCOME_DEFINITIONS).on(OUTCOME_DEFINITIONS.ID.eq(CALLS.OUTCOME_ID))
                .where(CALLS.SCRIPT_VERSION_ID.eq((int) versionId))
                .and(OUTCOME_DEFINITIONS.IS_CONVERSATION.isTrue()));
    }

    @Override
    public Map<String, StepCounts> stepCounts(Tx tx, long versionId) {
        var dsl = JooqTx.dsl(tx);
        var step = CALL_SCRIPT_STEPS.as("step");
        var lastPosition = max(CALL_SCRIPT_STEPS.POSITION).as("last_position");
        var last = dsl.select(CALL_SCRIPT_STEPS.CALL_ID, lastPosition)
                .from(CALL_SCRIPT_STEPS).groupBy(CALL_SCRIPT_STEPS.CALL_ID).asTable("last_step");
        var lastCall = last.field(CALL_SCRIPT_STEPS.CALL_ID);
        var lastAt = last.field(name("last_position"), Integer.class);
        var reached = countDistinct(step.CALL_ID);
        var ended = countDistinct(when(step.POSITION.eq(lastAt), step.CALL_ID));
        var leads = countDistinct(when(OUTCOME_DEFINITIONS.IS_LEAD.isTrue(), step.CALL_ID));
        return dsl.select(step.STEP_KEY, reached, ended, leads)
                .from(step)
                .join(CALLS).on(CALLS.ID.eq(step.CALL_ID))
                .join(OUTCOME_DEFINITIONS).on(OUTCOME_DEFINITIONS.ID.eq(CALLS.OUTCOME_ID))
                .join(last).on(lastCall.eq(step.CALL_ID))
                .where(CALLS.SCRIPT_VERSION_ID.eq((int) versionId))
                .and(OUTCOME_DEFINITIONS.IS_CONVERSATION.isTrue())
                .groupBy(step.STEP_KEY)
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> new StepCounts(r.value2(), r.value3(), r.value4())));
    }

    @Override
    public List<UnmatchedAnswer> unmatched(Tx tx, long versionId) {
        var dsl = JooqTx.dsl(tx);
        var times = count().as("times");
        return dsl.select(CALL_SCRIPT_STEPS.STEP_KEY, CALL_SCRIPT_STEPS.UNMATCHED, times)
                .from(CALL_SCRIPT_STEPS)
                .join(CALLS).on(CALLS.ID.eq(CALL_SCRIPT_STEPS.CALL_ID))
                .join(OUTCOME_DEFINITIONS).on(OUTCOME_DEFINITIONS.ID.eq(CALLS.OUTCOME_ID))
                .where(CALLS.SCRIPT_VERSION_ID.eq((int) versionId).and(CALL_SCRIPT_STEPS.UNMATCHED.isNotNull()))
                .and(OUTCOME_DEFINITIONS.IS_CONVERSATION.isTrue())
                .groupBy(CALL_SCRIPT_STEPS.STEP_KEY, CALL_SCRIPT_STEPS.UNMATCHED)
                .orderBy(field(name("times")).desc(), CALL_SCRIPT_STEPS.STEP_KEY, CALL_SCRIPT_STEPS.UNMATCHED)
                .fetch(r -> new UnmatchedAnswer(r.value1(), r.value2(), r.value3()));
    }
}
