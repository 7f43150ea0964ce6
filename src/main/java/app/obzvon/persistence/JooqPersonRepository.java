package app.obzvon.persistence;

import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.common.Tx;
import app.obzvon.persistence.jooq.tables.records.CallersRecord;
import app.obzvon.team.PersonRepository;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.QUEUE_CALLERS;

/** People live in the callers table: every call, import and hand-over already names one. */
public final class JooqPersonRepository implements PersonRepository {

    @Override
    public Optional<Person> find(Tx tx, long id) {
        var dsl = JooqTx.dsl(tx);
        return dsl.selectFrom(CALLERS).where(CALLERS.ID.eq((int) id)).fetchOptional(JooqPersonRepository::person);
    }

    @Override
    public List<Person> all(Tx tx) {
        var dsl = JooqTx.dsl(tx);
        return dsl.selectFrom(CALLERS).orderBy(CALLERS.ID).fetch(JooqPersonRepository::person);
    }

    private static Person person(CallersRecord r) {
        return new Person(r.getId(), r.getName(), Role.valueOf(r.getRole()), r.getActive(), r.getPinHash() != null,
                r.getLanguage() == null || r.getLanguage().isBlank() ? null : Locale.forLanguageTag(r.getLanguage()),
                r.getLogin());
    }

    @Override
    public long add(Tx tx, String name, Role role, String pinHash, Instant at) {
        var dsl = JooqTx.dsl(tx);
        return dsl.insertInto(CALLERS)
                .set(CALLERS.NAME, name)
                .set(CALLERS.ROLE, role.name())
                .set(CALLERS.PIN_HASH, pinHash)
                .set(CALLERS.CREATED_AT, at.toEpochMilli())
                .returningResult(CALLERS.ID).fetchSingle().value1();
    }

    @Override
    public void rename(Tx tx, long id, String name) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CALLERS).set(CALLERS.NAME, name).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public void setRole(Tx tx, long id, Role role) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CALLERS).set(CALLERS.ROLE, role.name()).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public void setActive(Tx tx, long id, boolean active) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CALLERS).set(CALLERS.ACTIVE, active).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public void setLanguage(Tx tx, long id, String languageTag) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CALLERS).set(CALLERS.LANGUAGE, languageTag).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public Optional<String> pinHash(Tx tx, long id) {
        var dsl = JooqTx.dsl(tx);
        return dsl.select(CALLERS.PIN_HASH).from(CALLERS).where(CALLERS.ID.eq((int) id))
                .fetchOptional(r -> r.value1());
    }

    @Override
    public void setPinHash(Tx tx, long id, String pinHash) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CALLERS).set(CALLERS.PIN_HASH, pinHash).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public Failures failures(Tx tx, long id) {
        var dsl = JooqTx.dsl(tx);
        return dsl.select(CALLERS.FAILED_SIGNINS, CALLERS.LAST_FAILED_AT).from(CALLERS)
                .where(CALLERS.ID.eq((int) id))
                .fetchOptional(r -> new Failures(r.value1(), Millis.toInstant(r.value2())))
                .orElse(Failures.NONE);
    }

    @Override
    public void setFailures(Tx tx, long id, Failures failures) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CALLERS).set(CALLERS.FAILED_SIGNINS, failures.count())
                .set(CALLERS.LAST_FAILED_AT, Millis.of(failures.last()))
                .where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public Set<Long> queues(Tx tx, long id) {
        var dsl = JooqTx.dsl(tx);
        return new HashSet<>(dsl.select(QUEUE_CALLERS.QUEUE_ID).from(QUEUE_CALLERS)
                .where(QUEUE_CALLERS.CALLER_ID.eq((int) id)).fetch(r -> r.value1().longValue()));
    }

    @Override
    public void setQueues(Tx tx, long id, Set<Long> queueIds) {
        var dsl = JooqTx.dsl(tx);
        dsl.deleteFrom(QUEUE_CALLERS).where(QUEUE_CALLERS.CALLER_ID.eq((int) id)).execute();
        for (long queueId : queueIds) {
            dsl.insertInto(QUEUE_CALLERS, QUEUE_CALLERS.QUEUE_ID, QUEUE_CALLERS.CALLER_ID)
                    .values((int) queueId, (int) id).execute();
        }
    }
}
