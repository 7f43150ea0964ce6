package app.obzvon.persistence;

import app.obzvon.team.Caller;
import app.obzvon.team.CallerRepository;
import org.jooq.DSLContext;

import java.util.List;

import static app.obzvon.persistence.jooq.Tables.CALLERS;

public final class JooqCallerRepository implements CallerRepository {

    private final DSLContext dsl;

    public JooqCallerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Caller find(long id) {
        var r = dsl.selectFrom(CALLERS).where(CALLERS.ID.eq((int) id)).fetchSingle();
        return new Caller(r.getId(), r.getName());
    }

    @Override
    public List<Caller> all() {
        return dsl.selectFrom(CALLERS).orderBy(CALLERS.ID).fetch(r -> new Caller(r.getId(), r.getName()));
    }

    @Override
    public void rename(long id, String name) {
        dsl.update(CALLERS).set(CALLERS.NAME, name).where(CALLERS.ID.eq((int) id)).execute();
    }
}
