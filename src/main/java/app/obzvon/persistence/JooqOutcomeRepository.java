package app.obzvon.persistence;

import app.obzvon.call.NextCall;
import app.obzvon.call.Outcome;
import app.obzvon.call.OutcomeRepository;
import app.obzvon.call.StatusChange;
import app.obzvon.common.Tx;
import app.obzvon.persistence.jooq.tables.records.OutcomeDefinitionsRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.OUTCOME_DEFINITIONS;

public final class JooqOutcomeRepository implements OutcomeRepository {

    @Override
    public List<Outcome> active(Tx tx) {
        return read(tx, OUTCOME_DEFINITIONS.ACTIVE.isTrue());
    }

    @Override
    public List<Outcome> all(Tx tx) {
        return read(tx, DSL.noCondition());
    }

    private static List<Outcome> read(Tx tx, Condition which) {
        var o = OUTCOME_DEFINITIONS;
        return JooqTx.dsl(tx).selectFrom(o).where(which).orderBy(o.POSITION, o.ID)
                .fetch(JooqOutcomeRepository::outcome);
    }

    private static Outcome outcome(OutcomeDefinitionsRecord r) {
        return new Outcome(r.getId(), r.getCode(), r.getLabel(), r.getLabelEn(), r.getHotkey(), r.getColour(),
                new StatusChange(r.getStatusChange()), NextCall.valueOf(r.getNextCall()),
                r.getRetryDelayMinutes() == null ? null : Duration.ofMinutes(r.getRetryDelayMinutes()),
                r.getRetryMaxAttempts(), r.getAsksReason(), r.getSetsDoNotCall(), r.getIsConversation(), r.getIsLead(), r.getIsMeeting(),
                r.getPosition(), r.getActive());
    }

    @Override
    public void save(Tx tx, Outcome x) {
        var dsl = JooqTx.dsl(tx);
        var o = OUTCOME_DEFINITIONS;
        var counted = dsl.select(o.IS_CONVERSATION, o.IS_LEAD, o.IS_MEETING).from(o).where(o.ID.eq((int) x.id()))
                .fetchOne();
        // The closed days kept for the dashboard were added up under the old counting.
        if (counted != null && !(counted.value1() == x.conversation() && counted.value2() == x.lead()
                && counted.value3() == x.meeting())) {
            JooqFiguresRepository.forgetKeptDays(dsl);
        }
        dsl.update(o)
                .set(o.LABEL, blankAsNull(x.label()))
                .set(o.LABEL_EN, blankAsNull(x.labelEn()))
                .set(o.HOTKEY, x.hotkey())
                .set(o.COLOUR, x.colour())
                .set(o.STATUS_CHANGE, x.statusChange().code())
                .set(o.NEXT_CALL, x.nextCall().name())
                .set(o.RETRY_DELAY_MINUTES, x.retryDelay() == null ? null : (int) x.retryDelay().toMinutes())
                .set(o.RETRY_MAX_ATTEMPTS, x.maxAttempts())
                .set(o.ASKS_REASON, x.asksReason())
                .set(o.SETS_DO_NOT_CALL, x.setsDoNotCall())
                .set(o.IS_CONVERSATION, x.conversation())
                .set(o.IS_LEAD, x.lead())
                .set(o.IS_MEETING, x.meeting())
                .set(o.POSITION, x.position())
                .set(o.ACTIVE, x.active())
                .where(o.ID.eq((int) x.id()))
                .execute();
    }

    @Override
    public long add(Tx tx, String code) {
        var dsl = JooqTx.dsl(tx);
        var o = OUTCOME_DEFINITIONS;
        int last = dsl.select(DSL.coalesce(DSL.max(o.POSITION), 0)).from(o).fetchSingle().value1();
        return dsl.insertInto(o)
                .set(o.CODE, code)
                .set(o.POSITION, last + 1)
                .set(o.ACTIVE, false)
                .returningResult(o.ID).fetchSingle().value1();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
