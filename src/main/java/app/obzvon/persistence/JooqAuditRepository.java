package app.obzvon.persistence;

import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditEntry;
import app.obzvon.audit.AuditFilter;
import app.obzvon.audit.AuditRepository;
import app.obzvon.common.Tx;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static app.obzvon.persistence.jooq.Tables.AUDIT;
import static app.obzvon.persistence.jooq.Tables.CALLERS;

public final class JooqAuditRepository implements AuditRepository {

    private static final Map<String, AuditAction> BY_KEY = Arrays.stream(AuditAction.values())
            .collect(Collectors.toMap(AuditAction::key, Function.identity()));

    @Override
    public void add(Tx tx, Instant at, Long personId, AuditAction action, String subject, Integer count) {
        var dsl = JooqTx.dsl(tx);
        if (JooqTx.onServer(dsl)) {
            // On a server nobody but the owner writes the log: the server's function does, with its own
            // clock and the session's person (the given ones only at the owner's console).
            dsl.resultQuery("SELECT guard.audit({0}, {1}, {2}, {3}, {4})", DSL.val(at.toEpochMilli()),
                    DSL.val(personId == null ? null : personId.intValue(), Integer.class), DSL.val(action.key()),
                    DSL.val(subject, String.class), DSL.val(count, Integer.class)).fetch();
            return;
        }
        dsl.insertInto(AUDIT)
                .set(AUDIT.AT, at.toEpochMilli())
                .set(AUDIT.CALLER_ID, personId == null ? null : personId.intValue())
                .set(AUDIT.ACTION, action.key())
                .set(AUDIT.SUBJECT, subject == null ? null : subject.length() > 1000 ? subject.substring(0, 1000) : subject)
                .set(AUDIT.COUNT, count)
                .execute();
    }

    @Override
    public List<AuditEntry> find(Tx tx, AuditFilter filter, int limit) {
        var dsl = JooqTx.dsl(tx);
        Condition where = DSL.noCondition();
        if (filter.personId() != null) {
            where = where.and(AUDIT.CALLER_ID.eq(filter.personId().intValue()));
        }
        if (filter.action() != null) {
            where = where.and(AUDIT.ACTION.eq(filter.action().key()));
        }
        if (filter.from() != null) {
            where = where.and(AUDIT.AT.ge(filter.from().toEpochMilli()));
        }
        if (filter.to() != null) {
            where = where.and(AUDIT.AT.lt(filter.to().toEpochMilli()));
        }
        return dsl.select(AUDIT.ID, AUDIT.AT, AUDIT.CALLER_ID, CALLERS.NAME, AUDIT.ACTION, AUDIT.SUBJECT, AUDIT.COUNT)
                .from(AUDIT).leftJoin(CALLERS).on(CALLERS.ID.eq(AUDIT.CALLER_ID))
                .where(where)
                .orderBy(AUDIT.AT.desc(), AUDIT.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), Instant.ofEpochMilli(r.value2()),
                        r.value3() == null ? null : r.value3().longValue(), r.value4(), BY_KEY.get(r.value5()),
                        r.value6(), r.value7()));
    }
}
