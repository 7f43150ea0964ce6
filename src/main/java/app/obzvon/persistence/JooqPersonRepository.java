package app.obzvon.persistence;

import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.persistence.jooq.tables.records.CallersRecord;
import app.obzvon.team.PersonRepository;
import org.jooq.DSLContext;

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

    private final DSLContext dsl;

    public JooqPersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Person> find(long id) {
        return dsl.selectFrom(CALLERS).where(CALLERS.ID.eq((int) id)).fetchOptional(JooqPersonRepository::person);
    }

    @Override
    public List<Person> all() {
        return dsl.selectFrom(CALLERS).orderBy(CALLERS.ID).fetch(JooqPersonRepository::person);
    }

    private static Person person(CallersRecord r) {
        return new Person(r.getId(), r.getName(), Role.valueOf(r.getRole()), r.getActive(), r.getPinHash() != null,
                r.getLanguage() == null || r.getLanguage().isBlank() ? null : Locale.forLanguageTag(r.getLanguage()));
    }

    @Override
    public long add(String name, Role role, String pinHash, Instant at) {
        return dsl.insertInto(CALLERS)
                .set(CALLERS.NAME, name)
                .set(CALLERS.ROLE, role.name())
                .set(CALLERS.PIN_HASH, pinHash)
                .set(CALLERS.CREATED_AT, at.toEpochMilli())
                .returningResult(CALLERS.ID).fetchSingle().value1();
    }

    @Override
    public void rename(long id, String name) {
        dsl.update(CALLERS).set(CALLERS.NAME, name).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public void setRole(long id, Role role) {
        dsl.update(CALLERS).set(CALLERS.ROLE, role.name()).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public void setActive(long id, boolean active) {
        dsl.update(CALLERS).set(CALLERS.ACTIVE, active).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public void setLanguage(long id, String languageTag) {
        dsl.update(CALLERS).set(CALLERS.LANGUAGE, languageTag).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public Optional<String> pinHash(long id) {
        return dsl.select(CALLERS.PIN_HASH).from(CALLERS).where(CALLERS.ID.eq((int) id))
                .fetchOptional(r -> r.value1());
    }

    @Override
    public void setPinHash(long id, String pinHash) {
        dsl.update(CALLERS).set(CALLERS.PIN_HASH, pinHash).where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public Failures failures(long id) {
        return dsl.select(CALLERS.FAILED_SIGNINS, CALLERS.LAST_FAILED_AT).from(CALLERS)
                .where(CALLERS.ID.eq((int) id))
                .fetchOptional(r -> new Failures(r.value1(), Millis.toInstant(r.value2())))
                .orElse(Failures.NONE);
    }

    @Override
    public void setFailures(long id, Failures failures) {
        dsl.update(CALLERS).set(CALLERS.FAILED_SIGNINS, failures.count())
                .set(CALLERS.LAST_FAILED_AT, Millis.of(failures.last()))
                .where(CALLERS.ID.eq((int) id)).execute();
    }

    @Override
    public Set<Long> queues(long id) {
        return new HashSet<>(dsl.select(QUEUE_CALLERS.QUEUE_ID).from(QUEUE_CALLERS)
                .where(QUEUE_CALLERS.CALLER_ID.eq((int) id)).fetch(r -> r.value1().longValue()));
    }

    @Override
    public void setQueues(long id, Set<Long> queueIds) {
        dsl.deleteFrom(QUEUE_CALLERS).where(QUEUE_CALLERS.CALLER_ID.eq((int) id)).execute();
        for (long queueId : queueIds) {
            dsl.insertInto(QUEUE_CALLERS, QUEUE_CALLERS.QUEUE_ID, QUEUE_CALLERS.CALLER_ID)
                    .values((int) queueId, (int) id).execute();
        }
    }
}
