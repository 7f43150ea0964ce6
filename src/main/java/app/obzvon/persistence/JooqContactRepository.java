package app.obzvon.persistence;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactRepository;
import app.obzvon.contact.ContactState;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NewContact;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.Phone;
import app.obzvon.contact.PhoneNumbers;
import app.obzvon.contact.RefusalReason;
import app.obzvon.persistence.jooq.tables.records.ContactsRecord;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_FIELDS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;

public final class JooqContactRepository implements ContactRepository {

    private final DSLContext dsl;
    private final Clock clock;
    /** Demo and hand-added numbers are Russian unless they say otherwise; made when first needed (it is slow to load). */
    private PhoneNumbers phoneNumbers;

    public JooqContactRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public int addAll(List<NewContact> contacts) {
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
        return contacts.size();
    }

    @Override
    public Optional<Contact> find(long id) {
        return dsl.selectFrom(CONTACTS).where(CONTACTS.ID.eq((int) id)).fetchOptional().map(this::toContact);
    }

    @Override
    public void updateState(long id, ContactState s) {
        dsl.update(CONTACTS)
                .set(CONTACTS.STATUS, s.status().name())
                .set(CONTACTS.ATTEMPTS, s.attempts())
                .set(CONTACTS.NEXT_CALL_AT, Millis.of(s.nextCallAt()))
                .set(CONTACTS.NEXT_CALL_KIND, s.nextCallKind() == null ? null : s.nextCallKind().name())
                .set(CONTACTS.DO_NOT_CALL, s.doNotCall())
                .set(CONTACTS.REFUSAL_REASON, s.refusalReason() == null ? null : s.refusalReason().name())
                .where(CONTACTS.ID.eq((int) id))
                .execute();
    }

    @Override
    public boolean isEmpty() {
        return !dsl.fetchExists(CONTACTS);
    }

    @Override
    public Optional<ContactState> state(long id) {
        return dsl.select(CONTACTS.STATUS, CONTACTS.ATTEMPTS, CONTACTS.NEXT_CALL_AT, CONTACTS.NEXT_CALL_KIND,
                        CONTACTS.DO_NOT_CALL, CONTACTS.REFUSAL_REASON)
                .from(CONTACTS).where(CONTACTS.ID.eq((int) id))
                .fetchOptional(r -> state(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    private static ContactState state(String status, int attempts, Long nextCallAt, String nextCallKind,
                                      boolean doNotCall, String refusalReason) {
        return new ContactState(ContactStatus.valueOf(status), attempts, Millis.toInstant(nextCallAt),
                nextCallKind == null ? null : NextCallKind.valueOf(nextCallKind), doNotCall,
                refusalReason == null ? null : RefusalReason.valueOf(refusalReason));
    }

    /** Builds the domain contact from its row, with its phones in their order. */
    Contact toContact(ContactsRecord r) {
        var phones = dsl.select(CONTACT_PHONES.NUMBER).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.CONTACT_ID.eq(r.getId()))
                .orderBy(CONTACT_PHONES.POSITION)
                .fetch(CONTACT_PHONES.NUMBER);
        var state = state(r.getStatus(), r.getAttempts(), r.getNextCallAt(), r.getNextCallKind(), r.getDoNotCall(),
                r.getRefusalReason());
        var extras = new java.util.LinkedHashMap<String, String>();
        dsl.select(CONTACT_FIELDS.NAME, CONTACT_FIELDS.VALUE).from(CONTACT_FIELDS)
                .where(CONTACT_FIELDS.CONTACT_ID.eq(r.getId())).orderBy(CONTACT_FIELDS.POSITION)
                .forEach(f -> extras.merge(f.value1(), f.value2(), (a, b) -> a + ", " + b));
        return new Contact(r.getId(), r.getCompany(), r.getPerson(), phones, r.getCity(), r.getRegion(),
                r.getTimeZone() == null ? null : ZoneId.of(r.getTimeZone()),
                CompanySize.valueOf(r.getSize()), r.getCategory(), r.getSource(), state,
                r.getTaxId(), r.getEmail(), r.getWebsite(), extras);
    }
}
