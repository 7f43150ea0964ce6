package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.script.Script;
import app.obzvon.script.ScriptFormat;
import app.obzvon.script.ScriptRepository;
import app.obzvon.script.ScriptSummary;
import app.obzvon.script.ScriptVersion;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.SCRIPTS;
import static app.obzvon.persistence.jooq.Tables.SCRIPT_VERSIONS;
import static org.jooq.impl.DSL.max;

/** Each version is stored as its text, so what the supervisor exports is what the database holds. */
public final class JooqScriptRepository implements ScriptRepository {

    private final Clock clock;

    public JooqScriptRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<ScriptSummary> all(Tx tx) {
        var dsl = JooqTx.dsl(tx);
        var latest = max(SCRIPT_VERSIONS.NUMBER);
        return dsl.select(SCRIPTS.ID, SCRIPTS.NAME, latest)
                .from(SCRIPTS).join(SCRIPT_VERSIONS).on(SCRIPT_VERSIONS.SCRIPT_ID.eq(SCRIPTS.ID))
                .groupBy(SCRIPTS.ID, SCRIPTS.NAME)
                .orderBy(SCRIPTS.NAME, SCRIPTS.ID)
                .fetch(r -> new ScriptSummary(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public Optional<ScriptVersion> latest(Tx tx, long scriptId) {
        var dsl = JooqTx.dsl(tx);
        return dsl.selectFrom(SCRIPT_VERSIONS).where(SCRIPT_VERSIONS.SCRIPT_ID.eq((int) scriptId))
                .orderBy(SCRIPT_VERSIONS.NUMBER.desc()).limit(1)
                .fetchOptional(JooqScriptRepository::version);
    }

    @Override
    public Optional<ScriptVersion> version(Tx tx, long versionId) {
        var dsl = JooqTx.dsl(tx);
        return dsl.selectFrom(SCRIPT_VERSIONS).where(SCRIPT_VERSIONS.ID.eq((int) versionId))
                .fetchOptional(JooqScriptRepository::version);
    }

    @Override
    public List<ScriptVersion> versions(Tx tx, long scriptId) {
        var dsl = JooqTx.dsl(tx);
        return dsl.selectFrom(SCRIPT_VERSIONS).where(SCRIPT_VERSIONS.SCRIPT_ID.eq((int) scriptId))
                .orderBy(SCRIPT_VERSIONS.NUMBER).fetch(JooqScriptRepository::version);
    }

    @Override
    public ScriptVersion add(Tx tx, Script script) {
        var dsl = JooqTx.dsl(tx);
        int scriptId = dsl.insertInto(SCRIPTS, SCRIPTS.NAME, SCRIPTS.CREATED_AT)
                .values(script.name(), clock.millis())
                .returningResult(SCRIPTS.ID).fetchSingle().value1();
        return insertVersion(dsl, scriptId, 1, script);
    }

    @Override
    public ScriptVersion addVersion(Tx tx, long scriptId, Script script) {
        var dsl = JooqTx.dsl(tx);
        int number = latest(tx, scriptId).map(ScriptVersion::number).orElse(0) + 1;
        rename(dsl, scriptId, script);
        return insertVersion(dsl, (int) scriptId, number, script);
    }

    @Override
    public ScriptVersion replace(Tx tx, ScriptVersion version, Script script) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(SCRIPT_VERSIONS).set(SCRIPT_VERSIONS.BODY, ScriptFormat.write(script))
                .where(SCRIPT_VERSIONS.ID.eq((int) version.id())).execute();
        rename(dsl, version.scriptId(), script);
        return new ScriptVersion(version.id(), version.scriptId(), version.number(), script);
    }

    @Override
    public boolean usedByCalls(Tx tx, long versionId) {
        var dsl = JooqTx.dsl(tx);
        return dsl.fetchExists(CALLS, CALLS.SCRIPT_VERSION_ID.eq((int) versionId));
    }

    private static void rename(DSLContext dsl, long scriptId, Script script) {
        dsl.update(SCRIPTS).set(SCRIPTS.NAME, script.name()).where(SCRIPTS.ID.eq((int) scriptId)).execute();
    }

    private ScriptVersion insertVersion(DSLContext dsl, int scriptId, int number, Script script) {
        int id = dsl.insertInto(SCRIPT_VERSIONS, SCRIPT_VERSIONS.SCRIPT_ID, SCRIPT_VERSIONS.NUMBER,
                        SCRIPT_VERSIONS.BODY, SCRIPT_VERSIONS.CREATED_AT)
                .values(scriptId, number, ScriptFormat.write(script), clock.millis())
                .returningResult(SCRIPT_VERSIONS.ID).fetchSingle().value1();
        return new ScriptVersion(id, scriptId, number, script);
    }

    private static ScriptVersion version(Record r) {
        var v = r.into(SCRIPT_VERSIONS);
        return new ScriptVersion(v.getId(), v.getScriptId(), v.getNumber(), ScriptFormat.parse(v.getBody()));
    }
}
