package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactRepository;
import app.obzvon.contact.ContactPhone;
import app.obzvon.contact.PhoneClosed;
import app.obzvon.contact.ContactState;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.InWork;
import app.obzvon.contact.NewContact;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.Phone;
import app.obzvon.contact.PhoneNumbers;
import app.obzvon.contact.RefusalReason;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.SelectFieldOrAsterisk;

import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_FIELDS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.DO_NOT_CALL;
import static app.obzvon.persistence.jooq.Tables.HANDOVER_LEADS;

public final class JooqContactRepository implements ContactRepository {

    /** A contact's card as {@link #card} reads it: these columns, in this order. */
    /**
     * The status as the card shows it: a Qualified company in a hand-over batch has left the cold stage
     * (Handed over). Derived, not written: the batch is the record of it, and rewriting every lead's row
     * made a hand-over of 100,000 leads three seconds slower. Only Qualified rows look into the batches.
     */
    static final Field<String> STATUS = DSL.when(CONTACTS.STATUS.eq(DSL.inline(ContactStatus.QUALIFIED.name()))
                    .and(DSL.exists(DSL.selectOne().from(HANDOVER_LEADS).where(HANDOVER_LEADS.CONTACT_ID.eq(CONTACTS.ID)))),
            DSL.inline(ContactStatus.HANDED_OVER.name())).otherwise(CONTACTS.STATUS);

    static final List<SelectFieldOrAsterisk> CARD = List.of(CONTACTS.ID, CONTACTS.COMPANY, CONTACTS.PERSON,
            CONTACTS.CITY, CONTACTS.REGION, CONTACTS.TIME_ZONE, CONTACTS.SIZE, CONTACTS.CATEGORY, CONTACTS.SOURCE,
            STATUS, CONTACTS.ATTEMPTS, CONTACTS.NEXT_CALL_AT, CONTACTS.NEXT_CALL_KIND, CONTACTS.DO_NOT_CALL,
            CONTACTS.REFUSAL_REASON, CONTACTS.OWNER_ID, CONTACTS.WORK_UNTIL, CONTACTS.WORK_QUEUE_ID, CONTACTS.TAX_ID,
            CONTACTS.EMAIL, CONTACTS.WEBSITE);

    /**
     * On a server, the card is read through {@code guard.contact_cards}: the contacts' columns, each
     * row only for whoever may see its card (everyone's for supervisors, a caller's held ones), the
     * status as {@link #STATUS} says it (the view reads the batches, which a caller may not).
     */
    static final app.obzvon.persistence.jooq.tables.Contacts CARDS = CONTACTS.rename("guard.contact_cards");

    /** {@link #CARD} from {@link #CARDS}: the same columns in the same order. */
    static final List<SelectFieldOrAsterisk> SERVER_CARD = List.of(CARDS.ID, CARDS.COMPANY, CARDS.PERSON,
            CARDS.CITY, CARDS.REGION, CARDS.TIME_ZONE, CARDS.SIZE, CARDS.CATEGORY, CARDS.SOURCE,
            CARDS.STATUS, CARDS.ATTEMPTS, CARDS.NEXT_CALL_AT, CARDS.NEXT_CALL_KIND, CARDS.DO_NOT_CALL,
            CARDS.REFUSAL_REASON, CARDS.OWNER_ID, CARDS.WORK_UNTIL, CARDS.WORK_QUEUE_ID, CARDS.TAX_ID,
            CARDS.EMAIL, CARDS.WEBSITE);

    /**
     * What a caller's role may read of any company on a server, in {@link #CARD}'s positions: the
     * state and the columns the queues filter on; no names, place, tax id, e-mail or website (null
     * here: {@link Contact#hasCard()} false). The status is the column's: the dispensing queries never
     * give a Qualified company, the only one the card would say otherwise of.
     */
    static final List<SelectFieldOrAsterisk> DISPENSED = List.of(CONTACTS.ID, DSL.inline((String) null),
            DSL.inline((String) null), DSL.inline((String) null), CONTACTS.REGION, CONTACTS.TIME_ZONE, CONTACTS.SIZE,
            CONTACTS.CATEGORY, CONTACTS.SOURCE, CONTACTS.STATUS, CONTACTS.ATTEMPTS, CONTACTS.NEXT_CALL_AT,
            CONTACTS.NEXT_CALL_KIND, CONTACTS.DO_NOT_CALL, CONTACTS.REFUSAL_REASON, CONTACTS.OWNER_ID,
            CONTACTS.WORK_UNTIL, CONTACTS.WORK_QUEUE_ID, DSL.inline((String) null), DSL.inline((String) null),
            DSL.inline((String) null));

    /**
     * The company's name where the session may read it (null on a server for a caller's company they
     * do not hold), for a query over {@code contacts}.
     */
    static Field<String> company(org.jooq.DSLContext dsl) {
        return JooqTx.onServer(dsl) ? DSL.field("(SELECT k.company FROM guard.contact_cards k WHERE k.id = contacts.id)",
                String.class) : CONTACTS.COMPANY;
    }

    private final PreparedQueries queries;
    private final Clock clock;
    /** Demo and hand-added numbers are Russian unless they say otherwise; made when first needed (it is slow to load). */
    private PhoneNumbers phoneNumbers;

    public JooqContactRepository(Database database, Clock clock) {
        this.queries = database.queries();
        this.clock = clock;
    }

    @Override
    public int addAll(Tx tx, List<NewContact> contacts) {
        var dsl = JooqTx.dsl(tx);
        long now = clock.millis();
        if (phoneNumbers == null) {
            phoneNumbers = new PhoneNumbers(PhoneNumbers.DEFAULT_REGION);
        }
        for (var c : contacts) {
            int id = dsl.insertInto(CONTACTS)
                    .set(CONTACTS.COMPANY, c.company())
                    .set(CONTACTS.PERSON, c.person())
                    .set(CONTACTS.CITY, c.city())
                    .set(CONTACTS.REGION, c.region())
                    .set(CONTACTS.TIME_ZONE, c.timeZone() == null ? null : c.timeZone().getId())
                    .set(CONTACTS.SIZE, c.size().name())
                    .set(CONTACTS.CATEGORY, c.category())
                    .set(CONTACTS.SOURCE, c.source())
                    .set(CONTACTS.CREATED_AT, now)
                    .returningResult(CONTACTS.ID).fetchSingle().value1();
            int position = 0;
            for (var number : c.phones()) {
                // Stored in E.164 too, so an import finds these numbers among the duplicates.
                var phone = phoneNumbers.first(number);
                dsl.insertInto(CONTACT_PHONES)
                        .set(CONTACT_PHONES.CONTACT_ID, id)
                        .set(CONTACT_PHONES.POSITION, position++)
                        .set(CONTACT_PHONES.NUMBER, number)
                        .set(CONTACT_PHONES.E164, phone.map(Phone::e164).orElse(null))
                        .set(CONTACT_PHONES.EXTENSION, phone.map(Phone::extension).orElse(null))
                        .set(CONTACT_PHONES.TIME_ZONE, phone.map(Phone::timeZone).orElse(null))
                        .execute();
            }
        }
        TimeZonesInUse.add(dsl, contacts.stream().map(c -> c.timeZone() == null ? null : c.timeZone().getId())
                .collect(java.util.stream.Collectors.toSet()));
        return contacts.size();
    }

    @Override
    public Optional<Contact> find(Tx tx, long id) {
        var dsl = JooqTx.dsl(tx);
        var query = JooqTx.onServer(dsl) ? dsl.select(SERVER_CARD).from(CARDS).where(CARDS.ID.eq((int) id))
                : dsl.select(CARD).from(CONTACTS).where(CONTACTS.ID.eq((int) id));
        return queries.fetchOptional(tx, query, JooqContactRepository::card).map(c -> withDetails(tx, c));
    }

    /**
     * A company a dispensing query found on a server ({@link #DISPENSED}): its card, phones and fields
     * when the session may read them now, else as it was found.
     */
    Contact withCardIfSeen(Tx tx, Contact found) {
        return find(tx, found.id()).orElse(found);
    }

    @Override
    public Optional<ContactStatus> cardStatus(Tx tx, long id) {
        var dsl = JooqTx.dsl(tx);
        var status = JooqTx.onServer(dsl) ? DSL.field("guard.card_status({0})", String.class, DSL.val((int) id))
                : STATUS;
        var query = JooqTx.onServer(dsl) ? dsl.select(status) : dsl.select(status).from(CONTACTS).where(CONTACTS.ID.eq((int) id));
        return query.fetchOptional(r -> r.value1()).map(ContactStatus::valueOf);
    }

    @Override
    public void updateState(Tx tx, long id, ContactState s) {
        var dsl = JooqTx.dsl(tx);
        queries.execute(tx, dsl.update(CONTACTS)
                .set(CONTACTS.STATUS, s.status().name())
                .set(CONTACTS.ATTEMPTS, s.attempts())
                .set(CONTACTS.NEXT_CALL_AT, Millis.of(s.nextCallAt()))
                .set(CONTACTS.NEXT_CALL_KIND, s.nextCallKind() == null ? null : s.nextCallKind().name())
                .set(CONTACTS.DO_NOT_CALL, s.doNotCall())
                .set(CONTACTS.REFUSAL_REASON, s.refusalReason() == null ? null : s.refusalReason().name())
                .set(CONTACTS.OWNER_ID, s.work() == null ? null : (int) s.work().callerId())
                .set(CONTACTS.WORK_UNTIL, s.work() == null ? null : Millis.of(s.work().deadline()))
                .set(CONTACTS.WORK_QUEUE_ID, s.work() == null || s.work().queueId() == null ? null
                        : s.work().queueId().intValue())
                .set(CONTACTS.VERSION, CONTACTS.VERSION.plus(1))
                .where(CONTACTS.ID.eq((int) id)));
    }

    @Override
    public List<Long> openPhones(Tx tx, long contactId) {
        var dsl = JooqTx.dsl(tx);
        return queries.fetch(tx, dsl.select(CONTACT_PHONES.ID).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.CONTACT_ID.eq((int) contactId)).and(CONTACT_PHONES.CLOSED.isNull())
                .orderBy(CONTACT_PHONES.POSITION), rs -> rs.getLong(1));
    }

    @Override
    public void closePhone(Tx tx, long phoneId, PhoneClosed why, long personId) {
        var dsl = JooqTx.dsl(tx);
        // What it was closed as, before: only an undone "do not call" touches the list.
        var phone = why == PhoneClosed.WRONG_NUMBER ? null
                : dsl.select(CONTACT_PHONES.E164, CONTACT_PHONES.CONTACT_ID, CONTACT_PHONES.CLOSED).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.ID.eq((int) phoneId)).fetchOne();
        queries.execute(tx, dsl.update(CONTACT_PHONES).set(CONTACT_PHONES.CLOSED, why == null ? null : why.name())
                .where(CONTACT_PHONES.ID.eq((int) phoneId)));
        if (phone == null || phone.value1() == null) {
            return;
        }
        var e164 = phone.value1();
        // The company on the line: its own state is the call's to set (and its undo's to restore).
        long company = phone.value2();
        if (JooqTx.onServer(dsl)) {
            // A caller may not see, let alone close, the number in other companies: the server does it,
            // as ListedNumbers does here, for a number of the company the caller holds.
            if (why == PhoneClosed.DO_NOT_CALL) {
                dsl.resultQuery("SELECT guard.list_number({0}, {1}, {2}, {3})", DSL.val(e164), DSL.val((int) company),
                        DSL.val((int) personId), DSL.val(clock.millis())).fetch();
            } else if (PhoneClosed.DO_NOT_CALL.name().equals(phone.value3())) {
                dsl.resultQuery("SELECT guard.unlist_number({0}, {1})", DSL.val(e164), DSL.val((int) company)).fetch();
            }
            return;
        }
        if (why == PhoneClosed.DO_NOT_CALL) {
            // A number, not a company's: on the list, and closed wherever else the base has it.
            dsl.insertInto(DO_NOT_CALL, DO_NOT_CALL.E164, DO_NOT_CALL.ADDED_AT, DO_NOT_CALL.CALLER_ID, DO_NOT_CALL.SOURCE)
                    .values(e164, clock.millis(), (int) personId, "CALL")
                    .onConflictDoNothing()
                    .execute();
            ListedNumbers.close(dsl, e164, company);
        } else if (PhoneClosed.DO_NOT_CALL.name().equals(phone.value3())
                && dsl.deleteFrom(DO_NOT_CALL).where(DO_NOT_CALL.E164.eq(e164)).and(DO_NOT_CALL.SOURCE.eq("CALL"))
                .execute() > 0) {
            // An undone "do not call" takes the number off the list again, if a call put it there,
            // and opens it wherever the list closed it.
            ListedNumbers.reopen(dsl, e164, company);
        }
    }

    @Override
    public void correct(Tx tx, long id, app.obzvon.contact.Correction c) {
        var dsl = JooqTx.dsl(tx);
        dsl.update(CONTACTS)
                .set(CONTACTS.COMPANY, c.company())
                .set(CONTACTS.PERSON, blankAsNull(c.person()))
                .set(CONTACTS.CITY, blankAsNull(c.city()))
                .set(CONTACTS.REGION, blankAsNull(c.region()))
                .set(CONTACTS.TIME_ZONE, c.zone() == null ? null : c.zone().getId())
                .where(CONTACTS.ID.eq((int) id)).execute();
        if (c.zone() != null) {
            TimeZonesInUse.add(dsl, java.util.List.of(c.zone().getId()));
        }
    }

    @Override
    public void addPhone(Tx tx, long contactId, String written, Phone phone) {
        var dsl = JooqTx.dsl(tx);
        int next = dsl.select(DSL.coalesce(DSL.max(CONTACT_PHONES.POSITION), -1)).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.CONTACT_ID.eq((int) contactId)).fetchSingle().value1() + 1;
        dsl.insertInto(CONTACT_PHONES)
                .set(CONTACT_PHONES.CONTACT_ID, (int) contactId)
                .set(CONTACT_PHONES.POSITION, next)
                .set(CONTACT_PHONES.NUMBER, written)
                .set(CONTACT_PHONES.E164, phone.e164())
                .set(CONTACT_PHONES.EXTENSION, phone.extension())
                .set(CONTACT_PHONES.TIME_ZONE, phone.timeZone())
                // A number on the do-not-call list is added closed: it is never dialled.
                .set(CONTACT_PHONES.CLOSED, DSL.when(DSL.exists(DSL.selectOne().from(DO_NOT_CALL)
                        .where(DO_NOT_CALL.E164.eq(phone.e164()))), DSL.inline(PhoneClosed.DO_NOT_CALL.name()))
                        .otherwise(DSL.inline((String) null)))
                .execute();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public boolean isEmpty(Tx tx) {
        var dsl = JooqTx.dsl(tx);
        return !dsl.fetchExists(CONTACTS);
    }

    @Override
    public Optional<Current> current(Tx tx, long id) {
        var dsl = JooqTx.dsl(tx);
        var look = dsl.select(CONTACTS.STATUS, CONTACTS.ATTEMPTS, CONTACTS.NEXT_CALL_AT,
                        CONTACTS.NEXT_CALL_KIND, CONTACTS.DO_NOT_CALL, CONTACTS.REFUSAL_REASON, CONTACTS.OWNER_ID,
                        CONTACTS.WORK_UNTIL, CONTACTS.WORK_QUEUE_ID, CONTACTS.VERSION, CONTACTS.TIME_ZONE)
                .from(CONTACTS).where(CONTACTS.ID.eq((int) id));
        // Read to be changed: on a server the row stays as read until this step commits (a correction or
        // an expiry committed meanwhile by another PC is not written over). SQLite's write lock does that.
        return queries.fetchOptional(tx, JooqTx.onServer(dsl)
                        ? look.forNoKeyUpdate() : look, rs -> new Current(state(rs, 1), rs.getInt(10),
                rs.getString(11) == null ? null : ZoneId.of(rs.getString(11))));
    }

    /** The state columns in the order {@link #CARD} and {@link #current(long)} select them, from {@code first} on. */
    private static ContactState state(ResultSet rs, int first) throws SQLException {
        var nextCallKind = rs.getString(first + 3);
        var refusalReason = rs.getString(first + 5);
        return new ContactState(ContactStatus.valueOf(rs.getString(first)), rs.getInt(first + 1),
                Millis.toInstant(longOrNull(rs, first + 2)),
                nextCallKind == null ? null : NextCallKind.valueOf(nextCallKind), rs.getBoolean(first + 4),
                refusalReason == null ? null : RefusalReason.valueOf(refusalReason), work(rs, first + 6));
    }

    /** The working-list columns, from {@code first} on: owner, deadline, queue. */
    static InWork work(ResultSet rs, int first) throws SQLException {
        var owner = longOrNull(rs, first);
        return owner == null ? null
                : new InWork(owner, Millis.toInstant(longOrNull(rs, first + 1)), longOrNull(rs, first + 2));
    }

    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A contact's row as {@link #CARD} selects it, without its phones and fields yet. */
    static Contact card(ResultSet rs) throws SQLException {
        var zone = rs.getString(6);
        return new Contact(rs.getInt(1), rs.getString(2), rs.getString(3), List.of(), rs.getString(4), rs.getString(5),
                zone == null ? null : ZoneId.of(zone), CompanySize.valueOf(rs.getString(7)), rs.getString(8),
                rs.getString(9), state(rs, 10), rs.getString(19), rs.getString(20), rs.getString(21), Map.of());
    }

    /** The contact with its phones in their order and the imported file's own columns. */
    Contact withDetails(Tx tx, Contact c) {
        var dsl = JooqTx.dsl(tx);
        var phones = queries.fetch(tx, dsl.select(CONTACT_PHONES.ID, CONTACT_PHONES.NUMBER, CONTACT_PHONES.E164,
                        CONTACT_PHONES.EXTENSION, CONTACT_PHONES.CLOSED)
                .from(CONTACT_PHONES)
                .where(CONTACT_PHONES.CONTACT_ID.eq((int) c.id()))
                .orderBy(CONTACT_PHONES.POSITION), rs -> new ContactPhone(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5) == null ? null : PhoneClosed.valueOf(rs.getString(5))));
        var extras = new LinkedHashMap<String, String>();
        queries.fetch(tx, dsl.select(CONTACT_FIELDS.NAME, CONTACT_FIELDS.VALUE).from(CONTACT_FIELDS)
                        .where(CONTACT_FIELDS.CONTACT_ID.eq((int) c.id())).orderBy(CONTACT_FIELDS.POSITION),
                rs -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(f -> extras.merge(f.getKey(), f.getValue(), (a, b) -> a + ", " + b));
        return new Contact(c.id(), c.company(), c.person(), phones, c.city(), c.region(), c.timeZone(), c.size(),
                c.category(), c.source(), c.state(), c.taxId(), c.email(), c.website(), extras);
    }
}
