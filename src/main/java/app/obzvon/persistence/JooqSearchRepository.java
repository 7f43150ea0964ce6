package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactStatus;
import app.obzvon.search.FoundContact;
import app.obzvon.search.SearchRepository;
import org.jooq.Condition;
import org.jooq.Record7;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

import java.time.ZoneId;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;

public final class JooqSearchRepository implements SearchRepository {

    @Override
    public List<FoundContact> byPhone(Tx tx, String e164, int limit) {
        if (JooqTx.onServer(JooqTx.dsl(tx))) {
            return onServer(tx, e164, null, limit);
        }
        return found(tx, CONTACTS.ID.in(DSL.select(CONTACT_PHONES.CONTACT_ID).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.E164.eq(e164)))).orderBy(CONTACTS.ID).limit(limit).fetch(JooqSearchRepository::row);
    }

    @Override
    public List<FoundContact> byCompany(Tx tx, List<String> spellings, int limit) {
        if (JooqTx.onServer(JooqTx.dsl(tx))) {
            return onServer(tx, null, spellings, limit);
        }
        // Reads the companies' names in turn: a search is now and then, the base has no index on names,
        // and one would slow every import down.
        Condition any = DSL.falseCondition();
        for (var s : spellings) {
            any = any.or(CONTACTS.COMPANY.contains(s));
        }
        return found(tx, any).orderBy(CONTACTS.COMPANY, CONTACTS.ID).limit(limit).fetch(JooqSearchRepository::row);
    }

    private static SelectConditionStep<Record7<Integer, String, String, String, String, String, String>> found(Tx tx,
            Condition which) {
        var dsl = JooqTx.dsl(tx);
        return dsl.select(CONTACTS.ID, CONTACTS.COMPANY, CONTACTS.PERSON, CONTACTS.CITY, JooqContactRepository.STATUS,
                        CONTACTS.TIME_ZONE, CALLERS.NAME)
                .from(CONTACTS).leftJoin(CALLERS).on(CALLERS.ID.eq(CONTACTS.OWNER_ID))
                .where(which);
    }

    /**
     * On a server a caller may not read the companies' names at all: the server's function searches,
     * in the same order, and gives a caller ten rows at most whatever they ask.
     */
    private static List<FoundContact> onServer(Tx tx, String e164, List<String> spellings, int limit) {
        var dsl = JooqTx.dsl(tx);
        return dsl.resultQuery("SELECT id, company, person, city, status, time_zone, owner_name"
                        + " FROM guard.find_contacts({0}, {1}, {2})", DSL.val(e164, String.class),
                DSL.val(spellings == null ? null : spellings.toArray(String[]::new), String[].class), DSL.val(limit))
                .fetch(r -> new FoundContact(r.get(0, Integer.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), ContactStatus.valueOf(r.get(4, String.class)),
                        r.get(5, String.class) == null ? null : ZoneId.of(r.get(5, String.class)), r.get(6, String.class)));
    }

    private static FoundContact row(Record7<Integer, String, String, String, String, String, String> r) {
        return new FoundContact(r.value1(), r.value2(), r.value3(), r.value4(), ContactStatus.valueOf(r.value5()),
                r.value6() == null ? null : ZoneId.of(r.value6()), r.value7());
    }
}
