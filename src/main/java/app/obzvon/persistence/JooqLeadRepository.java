package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactStatus;
import app.obzvon.handoff.Handover;
import app.obzvon.handoff.Lead;
import app.obzvon.handoff.LeadCriteria;
import app.obzvon.handoff.LeadRepository;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.HANDOVERS;
import static app.obzvon.persistence.jooq.Tables.HANDOVER_LEADS;
import static app.obzvon.persistence.jooq.Tables.OUTCOME_DEFINITIONS;

public final class JooqLeadRepository implements LeadRepository {

    /** Leads per JDBC batch when a batch's leads are recorded. */
    private static final int BATCH_ROWS = 1_000;

    @Override
    public void find(Tx tx, LeadCriteria criteria, Instant from, Instant to, Consumer<Lead> each) {
        var c = CALLS;
        Condition where = criteria.leadOutcomes()
                ? c.OUTCOME_ID.in(DSL.select(OUTCOME_DEFINITIONS.ID).from(OUTCOME_DEFINITIONS)
                        .where(OUTCOME_DEFINITIONS.IS_LEAD.isTrue()))
                : c.OUTCOME_ID.in(criteria.outcomeIds().stream().map(Long::intValue).toList());
        if (from != null) {
            where = where.and(c.LOGGED_AT.ge(from.toEpochMilli()));
        }
        if (to != null) {
            where = where.and(c.LOGGED_AT.lt(to.toEpochMilli()));
        }
        if (criteria.queueId() != null) {
            where = where.and(c.QUEUE_ID.eq(criteria.queueId().intValue()));
        }
        if (criteria.callerId() != null) {
            where = where.and(c.CALLER_ID.eq(criteria.callerId().intValue()));
        }
        // Only while the company still stands where the call left it: a lead later refused is no lead.
        // Handing over again (not only new) may resend what left the cold stage before.
        var standing = new java.util.TreeSet<String>();
        if (criteria.leadOutcomes()) {
            standing.add(ContactStatus.QUALIFIED.name());
        } else {
            ContactStatus.HANDABLE.forEach(status -> standing.add(status.name()));
        }
        if (!criteria.onlyNew()) {
            standing.add(ContactStatus.HANDED_OVER.name());
        }
        where = where.and(DSL.exists(DSL.selectOne().from(CONTACTS)
                .where(CONTACTS.ID.eq(c.CONTACT_ID)).and(CONTACTS.STATUS.in(standing))));
        if (criteria.onlyNew()) {
            where = where.and(DSL.notExists(DSL.selectOne().from(HANDOVER_LEADS)
                    .where(HANDOVER_LEADS.CONTACT_ID.eq(c.CONTACT_ID))));
        }
        // The contact's latest matching call: a window function, so it also runs on PostgreSQL.
        var latest = DSL.rowNumber().over(DSL.partitionBy(c.CONTACT_ID).orderBy(c.LOGGED_AT.desc(), c.ID.desc()));
        var ranked = DSL.select(c.ID.as("call_id"), latest.as("latest")).from(c).where(where).asTable("ranked");
        leads(tx, ranked, ranked.field("call_id", Integer.class), ranked.field("latest", Integer.class).eq(1), each);
    }

    @Override
    public List<Lead> inBatch(Tx tx, long handoverId) {
        var result = new ArrayList<Lead>();
        leads(tx, HANDOVER_LEADS, HANDOVER_LEADS.CALL_ID, HANDOVER_LEADS.HANDOVER_ID.eq((int) handoverId), result::add);
        return result;
    }

    /** The picked calls as leads, oldest first, each with its contact's phones in their order. */
    private static void leads(Tx tx, Table<?> picked, Field<Integer> callId, Condition where, Consumer<Lead> each) {
        var dsl = JooqTx.dsl(tx);
        // Outcomes and callers are a handful of rows: looked up here, not joined into every lead's row.
        var outcomes = dsl.select(OUTCOME_DEFINITIONS.ID, OUTCOME_DEFINITIONS.CODE, OUTCOME_DEFINITIONS.LABEL)
                .from(OUTCOME_DEFINITIONS).fetchMap(r -> r.value1(), r -> new String[] {r.value2(), r.value3()});
        var callers = dsl.select(CALLERS.ID, CALLERS.NAME).from(CALLERS).fetchMap(CALLERS.ID, CALLERS.NAME);
        var p = CONTACT_PHONES;
        var query = dsl.select(CALLS.ID, CALLS.CONTACT_ID, CONTACTS.COMPANY, CONTACTS.PERSON, CONTACTS.CITY,
                        CALLS.OUTCOME_ID, CALLS.CALLER_ID, CALLS.LOGGED_AT, CALLS.NOTE, CALLS.CALLBACK_AT,
                        p.NUMBER, p.E164, p.EXTENSION)
                .from(picked)
                .join(CALLS).on(CALLS.ID.eq(callId))
                .join(CONTACTS).on(CONTACTS.ID.eq(CALLS.CONTACT_ID))
                .leftJoin(p).on(p.CONTACT_ID.eq(CALLS.CONTACT_ID))
                .where(where)
                .orderBy(CALLS.LOGGED_AT, CALLS.ID, p.POSITION, p.ID);
        // Read by position from the result set: a hundred thousand leads come in a fraction of the time
        // that building a jOOQ record per row takes. The columns are the select list above, in order.
        try (ResultSet rs = query.fetchResultSet()) {
            Lead current = null;
            var phones = new ArrayList<String>(2);
            while (rs.next()) {
                long call = rs.getLong(1);
                if (current == null || current.callId() != call) {
                    if (current != null) {
                        each.accept(withPhones(current, phones));
                        phones.clear();
                    }
                    long callbackAt = rs.getLong(10);
                    Instant agreedAt = rs.wasNull() ? null : Instant.ofEpochMilli(callbackAt);
                    var outcome = outcomes.get(rs.getInt(6));
                    current = new Lead(call, rs.getLong(2), rs.getString(3), rs.getString(4), List.of(),
                            rs.getString(5), outcome[0], outcome[1], callers.get(rs.getInt(7)),
                            Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9), agreedAt);
                }
                var number = rs.getString(11);
                if (number != null) {
                    phones.add(Lead.phone(number, rs.getString(12), rs.getString(13)));
                }
            }
            if (current != null) {
                each.accept(withPhones(current, phones));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read leads", e);
        }
    }

    private static Lead withPhones(Lead l, List<String> phones) {
        return new Lead(l.callId(), l.contactId(), l.company(), l.person(), phones, l.city(), l.outcomeCode(),
                l.outcomeLabel(), l.callerName(), l.at(), l.note(), l.agreedAt());
    }

    @Override
    public Handover addBatch(Tx tx, Instant at, long callerId, String criteria, List<Lead> leads) {
        var dsl = JooqTx.dsl(tx);
        int id = dsl.insertInto(HANDOVERS)
                .set(HANDOVERS.CREATED_AT, at.toEpochMilli())
                .set(HANDOVERS.CALLER_ID, (int) callerId)
                .set(HANDOVERS.LEAD_COUNT, leads.size())
                .set(HANDOVERS.CRITERIA, criteria)
                .returningResult(HANDOVERS.ID).fetchSingle().value1();
        var hl = HANDOVER_LEADS;
        // One prepared statement run in JDBC batches: rendering multi-row inserts took seconds per 100,000 leads.
        var sql = dsl.render(dsl.insertInto(hl, hl.HANDOVER_ID, hl.CALL_ID, hl.CONTACT_ID).values(0, 0, 0));
        dsl.connection(connection -> {
            try (var insert = connection.prepareStatement(sql)) {
                int batched = 0;
                for (var lead : leads) {
                    insert.setInt(1, id);
                    insert.setLong(2, lead.callId());
                    insert.setLong(3, lead.contactId());
                    insert.addBatch();
                    if (++batched % BATCH_ROWS == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        // No status is written: a Qualified company in a batch reads as Handed over (JooqContactRepository.CARD).
        // Rewriting a hundred thousand scattered rows cost three seconds per 100,000 leads.
        return batch(tx, id).orElseThrow();
    }

    @Override
    public Optional<Handover> batch(Tx tx, long id) {
        return handovers(tx, HANDOVERS.ID.eq((int) id)).stream().findFirst();
    }

    @Override
    public List<Handover> batches(Tx tx) {
        return handovers(tx, DSL.noCondition());
    }

    private static List<Handover> handovers(Tx tx, Condition where) {
        var h = HANDOVERS;
        return JooqTx.dsl(tx).select(h.ID, h.CREATED_AT, h.CALLER_ID, CALLERS.NAME, h.LEAD_COUNT, h.CRITERIA)
                .from(h)
                .join(CALLERS).on(CALLERS.ID.eq(h.CALLER_ID))
                .where(where)
                .orderBy(h.ID.desc())
                .fetch(r -> new Handover(r.value1(), Instant.ofEpochMilli(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6()));
    }
}
