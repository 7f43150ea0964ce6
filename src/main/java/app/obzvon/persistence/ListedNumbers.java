package app.obzvon.persistence;

import app.obzvon.contact.PhoneClosed;
import app.obzvon.donotcall.Closing;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.OUTCOME_DEFINITIONS;

/**
 * What a number on the do-not-call list does to the base, in one place for the three ways a number
 * gets there or leaves (a call's outcome and its undo, a supervisor's hand, a file): it is closed
 * wherever the base has it, and a company with no number left to dial closes with it, as the
 * outcome closes a company with its last number ({@code contacts.do_not_call}). Each statement
 * finds the numbers through {@code contact_phones_e164}.
 */
final class ListedNumbers {

    private static final String DO_NOT_CALL = PhoneClosed.DO_NOT_CALL.name();

    private ListedNumbers() {
    }

    /**
     * Closes the number in every company but {@code except} (the company on the line, whose own
     * state its call sets; null for none).
     */
    static Closing close(DSLContext dsl, String e164, Long except) {
        var companies = dsl.selectDistinct(CONTACT_PHONES.CONTACT_ID).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.E164.eq(e164)).and(CONTACT_PHONES.CLOSED.isNull())
                .fetch(CONTACT_PHONES.CONTACT_ID);
        if (except != null) {
            companies.remove(Integer.valueOf(except.intValue()));
        }
        if (companies.isEmpty()) {
            return Closing.NONE;
        }
        int phones = dsl.update(CONTACT_PHONES).set(CONTACT_PHONES.CLOSED, DO_NOT_CALL)
                .where(CONTACT_PHONES.E164.eq(e164)).and(CONTACT_PHONES.CLOSED.isNull())
                .and(CONTACT_PHONES.CONTACT_ID.in(companies))
                .execute();
        // A new version, so an undo of a call logged on it before sees that it changed since.
        int closed = dsl.update(CONTACTS).set(CONTACTS.DO_NOT_CALL, true).set(CONTACTS.VERSION, CONTACTS.VERSION.plus(1))
                .where(CONTACTS.ID.in(companies)).and(CONTACTS.DO_NOT_CALL.isFalse())
                .and(DSL.notExists(openNumber()))
                .execute();
        return new Closing(phones, closed);
    }

    /**
     * Opens the number again wherever the list closed it, in every company but {@code except}. A
     * company the list closed is callable again once it has a number to dial; one whose own call
     * said "do not call" stays closed (the call is the record that someone asked; its undo reopens it).
     */
    static Closing reopen(DSLContext dsl, String e164, Long except) {
        var companies = dsl.selectDistinct(CONTACT_PHONES.CONTACT_ID).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.E164.eq(e164)).and(CONTACT_PHONES.CLOSED.eq(DO_NOT_CALL))
                .fetch(CONTACT_PHONES.CONTACT_ID);
        if (except != null) {
            companies.remove(Integer.valueOf(except.intValue()));
        }
        if (companies.isEmpty()) {
            return Closing.NONE;
        }
        int phones = dsl.update(CONTACT_PHONES).setNull(CONTACT_PHONES.CLOSED)
                .where(CONTACT_PHONES.E164.eq(e164)).and(CONTACT_PHONES.CLOSED.eq(DO_NOT_CALL))
                .and(CONTACT_PHONES.CONTACT_ID.in(companies))
                .execute();
        int opened = dsl.update(CONTACTS).set(CONTACTS.DO_NOT_CALL, false).set(CONTACTS.VERSION, CONTACTS.VERSION.plus(1))
                .where(CONTACTS.ID.in(companies)).and(CONTACTS.DO_NOT_CALL.isTrue())
                .and(DSL.exists(openNumber()))
                .and(DSL.notExists(DSL.selectOne().from(CALLS)
                        .join(OUTCOME_DEFINITIONS).on(OUTCOME_DEFINITIONS.ID.eq(CALLS.OUTCOME_ID))
                        .where(CALLS.CONTACT_ID.eq(CONTACTS.ID)).and(OUTCOME_DEFINITIONS.SETS_DO_NOT_CALL.isTrue())))
                .execute();
        return new Closing(phones, opened);
    }

    /** A number of the company in the outer statement that may still be dialled. */
    private static org.jooq.Select<?> openNumber() {
        return DSL.selectOne().from(CONTACT_PHONES)
                .where(CONTACT_PHONES.CONTACT_ID.eq(CONTACTS.ID)).and(CONTACT_PHONES.CLOSED.isNull());
    }
}
