package app.obzvon.persistence;

import app.obzvon.script.Script;
import app.obzvon.script.ScriptRepository;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.SCRIPTS;

public final class JooqScriptRepository implements ScriptRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqScriptRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public Optional<Script> find(long id) {
        return dsl.selectFrom(SCRIPTS).where(SCRIPTS.ID.eq((int) id))
                .fetchOptional(r -> new Script(r.getId(), r.getName(), r.getBody()));
    }

    @Override
    public Script add(String name, String body) {
        int id = dsl.insertInto(SCRIPTS, SCRIPTS.NAME, SCRIPTS.BODY, SCRIPTS.CREATED_AT)
                .values(name, body, clock.millis())
                .returningResult(SCRIPTS.ID).fetchSingle().value1();
        return new Script(id, name, body);
    }
}
