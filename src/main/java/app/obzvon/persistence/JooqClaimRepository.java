package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.queue.ClaimRepository;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.CLAIMS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;

/**
 * The claims, and the condition the dispensing queries use to pass over contacts on another screen.
 * Portable SQL: an upsert that takes a lease only when it is free or has run out (SQLite 3.24+ and
 * PostgreSQL both have {@code ON CONFLICT … DO UPDATE … WHERE}). On SQLite the step that claims runs
 * in a write transaction taken at once ({@code BEGIN IMMEDIATE}), so look and claim are one.
 */
public final class JooqClaimRepository implements ClaimRepository {

    private final PreparedQueries queries;

    public JooqClaimRepository(Database database) {
        this.queries = database.queries();
    }

    /** No other holder's lease on the contact still runs. */
    static Condition free(String holder, Instant now) {
        return DSL.notExists(DSL.selectOne().from(CLAIMS)
                .where(CLAIMS.CONTACT_ID.eq(CONTACTS.ID))
                .and(CLAIMS.HOLDER.ne(holder))
                .and(CLAIMS.EXPIRES_AT.gt(now.toEpochMilli())));
    }

    @Override
    public boolean claim(Tx tx, long contactId, String holder, long personId, Instant until, Instant now) {
        var dsl = JooqTx.dsl(tx);
        Field<String> newHolder = DSL.field("excluded.holder", String.class);
        return queries.execute(tx, dsl.insertInto(CLAIMS)
                .set(CLAIMS.CONTACT_ID, (int) contactId)
                .set(CLAIMS.HOLDER, holder)
                .set(CLAIMS.CALLER_ID, (int) personId)
                .set(CLAIMS.EXPIRES_AT, until.toEpochMilli())
                .onConflict(CLAIMS.CONTACT_ID)
                .doUpdate()
                .set(CLAIMS.HOLDER, holder)
                .set(CLAIMS.CALLER_ID, (int) personId)
                .set(CLAIMS.EXPIRES_AT, until.toEpochMilli())
                .where(CLAIMS.EXPIRES_AT.le(now.toEpochMilli()).or(CLAIMS.HOLDER.eq(newHolder)))) == 1;
    }

    @Override
    public Optional<String> holderOf(Tx tx, long contactId, Instant now) {
        var dsl = JooqTx.dsl(tx);
        return queries.fetchOptional(tx, dsl.select(CLAIMS.HOLDER).from(CLAIMS)
                .where(CLAIMS.CONTACT_ID.eq((int) contactId))
                .and(CLAIMS.EXPIRES_AT.gt(now.toEpochMilli())), rs -> rs.getString(1));
    }

    @Override
    public Optional<String> lastHolderOf(Tx tx, long contactId) {
        var dsl = JooqTx.dsl(tx);
        if (!JooqTx.onServer(dsl)) {
            // SQLite: this step holds the base's write lock already.
            return queries.fetchOptional(tx, dsl.select(CLAIMS.HOLDER).from(CLAIMS)
                    .where(CLAIMS.CONTACT_ID.eq((int) contactId)), rs -> rs.getString(1));
        }
        // On a server the company and then its claim are held still until this step commits, in the
        // order the dispensing look takes them (company, then claim: never a deadlock with it). A PC
        // that took the company after the lease ran out has committed by then, and the locked read
        // sees its claim; one that comes later waits and finds the company logged and let go.
        var company = DSL.select(CONTACTS.ID).from(CONTACTS).where(CONTACTS.ID.eq((int) contactId)).forNoKeyUpdate();
        return queries.fetchOptional(tx, dsl.select(CLAIMS.HOLDER).from(CLAIMS)
                .where(CLAIMS.CONTACT_ID.eq(DSL.field(company))).forNoKeyUpdate().of(CLAIMS), rs -> rs.getString(1));
    }

    @Override
    public void release(Tx tx, String holder) {
        var dsl = JooqTx.dsl(tx);
        queries.execute(tx, dsl.deleteFrom(CLAIMS).where(CLAIMS.HOLDER.eq(holder)));
    }

    @Override
    public void release(Tx tx, String holder, long contactId) {
        var dsl = JooqTx.dsl(tx);
        queries.execute(tx, dsl.deleteFrom(CLAIMS).where(CLAIMS.HOLDER.eq(holder))
                .and(CLAIMS.CONTACT_ID.eq((int) contactId)));
    }

    @Override
    public void renew(Tx tx, String holder, Instant until) {
        var dsl = JooqTx.dsl(tx);
        queries.execute(tx, dsl.update(CLAIMS).set(CLAIMS.EXPIRES_AT, until.toEpochMilli())
                .where(CLAIMS.HOLDER.eq(holder)));
    }
}
