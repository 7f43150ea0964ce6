package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.donotcall.Closing;
import app.obzvon.donotcall.DoNotCallRepository;
import app.obzvon.donotcall.ListedNumber;
import app.obzvon.donotcall.Source;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.DO_NOT_CALL;

/**
 * The do-not-call list in SQLite. Newest first is the table's own order (rowid): each number is
 * stamped as it is inserted, so the list is read from its end without an index on the time. A search
 * is ranges of the primary key, so neither reads the whole list.
 */
public final class JooqDoNotCallRepository implements DoNotCallRepository {

    /** The character after '9': "+7916" to "+7916:" holds every number that begins with +7916. */
    private static final String AFTER_DIGITS = ":";

    @Override
    public List<ListedNumber> find(Tx tx, List<String> prefixes, int limit) {
        var dsl = JooqTx.dsl(tx);
        // How many companies have it: one look into contact_phones_e164 a row shown.
        var companies = DSL.field(DSL.select(DSL.countDistinct(CONTACT_PHONES.CONTACT_ID)).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.E164.eq(DO_NOT_CALL.E164)));
        return dsl.select(DO_NOT_CALL.E164, DO_NOT_CALL.ADDED_AT, CALLERS.NAME, DO_NOT_CALL.SOURCE, companies)
                .from(DO_NOT_CALL)
                .leftJoin(CALLERS).on(CALLERS.ID.eq(DO_NOT_CALL.CALLER_ID))
                .where(matching(prefixes))
                .orderBy(DO_NOT_CALL.rowid().desc())
                .limit(limit)
                .fetch(r -> new ListedNumber(r.value1(), r.value1(), Instant.ofEpochMilli(r.value2()), r.value3(),
                        source(r.value4()), r.value5()));
    }

    @Override
    public int count(Tx tx, List<String> prefixes) {
        var dsl = JooqTx.dsl(tx);
        return dsl.fetchCount(DO_NOT_CALL, matching(prefixes));
    }

    @Override
    public boolean add(Tx tx, String e164, Source source, long personId, Instant at) {
        var dsl = JooqTx.dsl(tx);
        return dsl.insertInto(DO_NOT_CALL, DO_NOT_CALL.E164, DO_NOT_CALL.ADDED_AT, DO_NOT_CALL.CALLER_ID,
                        DO_NOT_CALL.SOURCE)
                .values(e164, at.toEpochMilli(), (int) personId, source.name())
                .onConflictDoNothing()
                .execute() > 0;
    }

    @Override
    public boolean remove(Tx tx, String e164) {
        var dsl = JooqTx.dsl(tx);
        return dsl.deleteFrom(DO_NOT_CALL).where(DO_NOT_CALL.E164.eq(e164)).execute() > 0;
    }

    @Override
    public Closing closeEverywhere(Tx tx, String e164) {
        var dsl = JooqTx.dsl(tx);
        return ListedNumbers.close(dsl, e164, null);
    }

    @Override
    public Closing reopenEverywhere(Tx tx, String e164) {
        var dsl = JooqTx.dsl(tx);
        return ListedNumbers.reopen(dsl, e164, null);
    }

    private static Condition matching(List<String> prefixes) {
        return prefixes.isEmpty() ? DSL.noCondition() : DSL.or(prefixes.stream()
                .map(p -> DO_NOT_CALL.E164.ge(p).and(DO_NOT_CALL.E164.lt(p + AFTER_DIGITS))).toList());
    }

    /** Rows written by another version with a source this one does not know read as an import. */
    private static Source source(String name) {
        try {
            return Source.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return Source.IMPORT;
        }
    }
}
