package app.obzvon.persistence;

import app.obzvon.contact.ContactStatus;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.OpenZones;
import app.obzvon.queue.QueueFilter;
import org.jooq.Condition;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.CLAIMS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.QUEUE_MEMBERS;

/**
 * The conditions the dispensing queries share: which contacts a queue holds and may be given, which
 * are in an open zone now, whose caller is away. Each is checked on the dispensing indexes' columns.
 */
final class QueueConditions {

    private QueueConditions() {
    }

    /**
     * Contacts in a zone inside the calling hours now; one of no known zone when the office's is.
     * The closed zones are the few the base's companies are in, bound one by one.
     */
    static Condition inOpenZone(OpenZones open) {
        if (open.allOpen()) {
            return DSL.noCondition();
        }
        if (open.closed().isEmpty()) {
            return CONTACTS.TIME_ZONE.isNotNull();
        }
        var known = CONTACTS.TIME_ZONE.notIn(open.closed());
        return open.unknownOpen() ? CONTACTS.TIME_ZONE.isNull().or(known) : known;
    }

    /** The callback's caller has no window open: no lease of theirs runs. */
    static Condition ownerAway(Instant now) {
        return DSL.notExists(DSL.selectOne().from(CLAIMS)
                .where(CLAIMS.CALLER_ID.eq(CONTACTS.OWNER_ID))
                .and(CLAIMS.EXPIRES_AT.gt(now.toEpochMilli())));
    }

    static Condition callable() {
        return CONTACTS.STATUS.in(names(ContactStatus.CALLABLE)).and(CONTACTS.DO_NOT_CALL.isFalse());
    }

    /** The queue's contacts (its filter's and its members), narrowed to those a caller may be given at all. */
    static Condition inQueue(CallQueue queue) {
        // EXISTS, one look-up in the members' key per row: IN (SELECT …) built the whole member list each time.
        var members = DSL.exists(DSL.selectOne().from(QUEUE_MEMBERS)
                .where(QUEUE_MEMBERS.QUEUE_ID.eq((int) queue.id()))
                .and(QUEUE_MEMBERS.CONTACT_ID.eq(CONTACTS.ID)));
        var contacts = queue.membersOnly() ? members : matching(queue.filter()).or(members);
        return callable().and(contacts);
    }

    private static Condition matching(QueueFilter f) {
        // trueCondition, not noCondition: jOOQ drops noCondition from an OR, and "any" must match all.
        Condition c = DSL.trueCondition();
        if (!f.statuses().isEmpty()) {
            c = c.and(CONTACTS.STATUS.in(names(f.statuses())));
        }
        if (!f.sizes().isEmpty()) {
            c = c.and(CONTACTS.SIZE.in(names(f.sizes())));
        }
        c = c.and(equalIfSet(CONTACTS.CATEGORY, f.category()));
        c = c.and(equalIfSet(CONTACTS.REGION, f.region()));
        c = c.and(equalIfSet(CONTACTS.TIME_ZONE, f.timeZone()));
        return c.and(equalIfSet(CONTACTS.SOURCE, f.source()));
    }

    private static Condition equalIfSet(TableField<?, String> field, String value) {
        return value == null || value.isBlank() ? DSL.noCondition() : field.eq(value);
    }

    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }
}
