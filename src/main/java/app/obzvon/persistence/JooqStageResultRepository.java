package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactStatus;
import app.obzvon.handoff.StageResultRepository;
import app.obzvon.handoff.StageResultsSummary.Change;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.HANDOVER_LEADS;
import static app.obzvon.persistence.jooq.Tables.STAGE_RESULTS;

public final class JooqStageResultRepository implements StageResultRepository {

    /** Values per IN list: well under SQLite's limit of bound parameters. */
    private static final int CHUNK = 500;

    @Override
    public Map<String, Set<Long>> byPhone(Tx tx, Collection<String> e164) {
        var dsl = JooqTx.dsl(tx);
        var found = new HashMap<String, Set<Long>>();
        // The contact_phones_e164 index: one look-up per number.
        for (var chunk : chunks(e164)) {
            dsl.selectDistinct(CONTACT_PHONES.E164, CONTACT_PHONES.CONTACT_ID).from(CONTACT_PHONES)
                    .where(CONTACT_PHONES.E164.in(chunk))
                    .forEach(r -> found.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2().longValue()));
        }
        return found;
    }

    @Override
    public Map<String, Set<Long>> byTaxId(Tx tx, Collection<String> taxIds) {
        var dsl = JooqTx.dsl(tx);
        var found = new HashMap<String, Set<Long>>();
        // The contacts_tax_id index (V10).
        for (var chunk : chunks(taxIds)) {
            dsl.select(CONTACTS.TAX_ID, CONTACTS.ID).from(CONTACTS).where(CONTACTS.TAX_ID.in(chunk))
                    .forEach(r -> found.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2().longValue()));
        }
        return found;
    }

    @Override
    public void eachCompany(Tx tx, ObjLongConsumer<String> each) {
        var dsl = JooqTx.dsl(tx);
        // Read by position from the result set: a million names without a jOOQ record each.
        try (var rs = dsl.select(CONTACTS.ID, CONTACTS.COMPANY).from(CONTACTS).fetchResultSet()) {
            while (rs.next()) {
                each.accept(rs.getString(2), rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read the companies' names", e);
        }
    }

    @Override
    public Map<Long, Standing> standing(Tx tx, Collection<Long> contactIds) {
        var dsl = JooqTx.dsl(tx);
        var found = new HashMap<Long, Standing>();
        var inBatch = DSL.field(DSL.exists(DSL.selectOne().from(HANDOVER_LEADS)
                .where(HANDOVER_LEADS.CONTACT_ID.eq(CONTACTS.ID))));
        for (var chunk : chunks(contactIds.stream().map(Long::intValue).toList())) {
            dsl.select(CONTACTS.ID, CONTACTS.COMPANY, CONTACTS.TAX_ID, CONTACTS.STATUS, inBatch)
                    .from(CONTACTS).where(CONTACTS.ID.in(chunk))
                    .forEach(r -> found.put(r.value1().longValue(), new Standing(r.value1(), r.value2(), r.value3(),
                            ContactStatus.valueOf(r.value4()), Boolean.TRUE.equals(r.value5()))));
        }
        return found;
    }

    @Override
    public void move(Tx tx, List<Change> changes, Instant at, long callerId, String fileName) {
        var dsl = JooqTx.dsl(tx);
        // One bound statement each: a results file holds the next stage's leads, thousands at most.
        for (var change : changes) {
            int id = (int) change.contactId();
            dsl.update(CONTACTS)
                    .set(CONTACTS.STATUS, change.to().name())
                    .set(CONTACTS.VERSION, CONTACTS.VERSION.plus(1))
                    .where(CONTACTS.ID.eq(id))
                    .execute();
            dsl.insertInto(STAGE_RESULTS)
                    .set(STAGE_RESULTS.CONTACT_ID, id)
                    .set(STAGE_RESULTS.STATUS_FROM, change.from().name())
                    .set(STAGE_RESULTS.STATUS_TO, change.to().name())
                    .set(STAGE_RESULTS.AT, at.toEpochMilli())
                    .set(STAGE_RESULTS.CALLER_ID, (int) callerId)
                    .set(STAGE_RESULTS.FILE_NAME, fileName)
                    .execute();
        }
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        var all = List.copyOf(values);
        var chunks = new ArrayList<List<T>>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
