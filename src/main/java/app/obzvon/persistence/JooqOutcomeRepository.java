package app.obzvon.persistence;

import app.obzvon.call.NextCall;
import app.obzvon.call.Outcome;
import app.obzvon.call.OutcomeRepository;
import app.obzvon.call.StatusChange;
import org.jooq.DSLContext;

import java.util.List;

import static app.obzvon.persistence.jooq.Tables.OUTCOME_DEFINITIONS;

public final class JooqOutcomeRepository implements OutcomeRepository {

    private final DSLContext dsl;

    public JooqOutcomeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Outcome> active() {
        var o = OUTCOME_DEFINITIONS;
        return dsl.selectFrom(o).where(o.ACTIVE.isTrue()).orderBy(o.POSITION, o.ID)
                .fetch(r -> new Outcome(r.getId(), r.getCode(), r.getLabel(), r.getHotkey(),
                        new StatusChange(r.getStatusChange()), NextCall.valueOf(r.getNextCall()),
                        r.getAsksReason(), r.getSetsDoNotCall(), r.getIsConversation(), r.getIsLead()));
    }
}
