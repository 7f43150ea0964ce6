package app.obzvon.search;

import app.obzvon.common.RefusedException;
import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditFilter;
import app.obzvon.call.CallDetails;
import app.obzvon.call.Undo;
import app.obzvon.contact.ContactPhone;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.Correction;
import app.obzvon.contact.PhoneClosed;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A supervisor corrects a company: each change is stored whole, audited, and nothing else moves. */
class CorrectionsTest {

    @TempDir
    Path folder;
    TestBase base;
    Corrections corrections;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.addCompanies("Альфа", "Бета");
        corrections = base.services.corrections();
    }

    @AfterEach
    void close() {
        base.close();
    }

    private java.util.List<AuditAction> audited() {
        return base.services.auditLog().find(AuditFilter.ALL).stream().map(e -> e.action()).toList();
    }

    @Test
    void namesPlaceZoneAndStatusAreCorrectedAndAnEarlierCallCannotBeUndoneOverThem() {
        var queue = base.queue(QueueFilter.any());
        var session = base.services.callingSession();
        var alpha = session.open(queue).contact();
        var logged = session.log(alpha.id(), base.outcome("call_back"),
                new CallDetails(null, base.clock.instant().plus(Duration.ofDays(1)), null), base.clock.instant());

        var card = corrections.correct(alpha.id(), new Correction("ООО «Альфа-Плюс»", "Ирина", "Новосибирск",
                "Новосибирская область", ZoneId.of("Asia/Novosibirsk"), ContactStatus.REFUSED));
        assertEquals("ООО «Альфа-Плюс»", card.company());
        assertEquals(ZoneId.of("Asia/Novosibirsk"), card.timeZone());
        assertEquals(ContactStatus.REFUSED, card.status());
        assertNull(card.state().nextCallAt(), "nobody calls a refused company back");
        assertNull(card.state().work(), "and it leaves the working list");
        assertEquals(Undo.CHANGED_SINCE, session.undo(logged.call()).result());
        assertTrue(audited().contains(AuditAction.CONTACT_CORRECTED));
    }

    @Test
    void theNextStagesStatusesAreNotSetHere() {
        assertEquals("correct.status.not.here", assertThrows(RefusedException.class,
                () -> corrections.correct(1, new Correction("Альфа", null, null, null, null, ContactStatus.CLIENT))).key());
        assertEquals("Альфа", base.inTx(tx -> base.services.contacts().find(tx, 1)).orElseThrow().company());
    }

    @Test
    void aNumberIsAddedClosedAndOpenedAgainAndABadOneChangesNothing() {
        assertEquals("correct.phone.bad", assertThrows(RefusedException.class,
                () -> corrections.addPhone(1, "позвоните Ивану")).key());
        assertEquals(1, corrections.card(1).phones().size());

        var card = corrections.addPhone(1, "8 (916) 765-43-21");
        assertEquals(2, card.phones().size());
        var added = card.phones().get(1);
        assertEquals("+79167654321", added.e164());
        card = corrections.setPhoneClosed(1, added.id(), true);
        assertEquals(PhoneClosed.WRONG_NUMBER, card.phones().get(1).closed());
        card = corrections.setPhoneClosed(1, added.id(), false);
        assertTrue(card.phones().get(1).isOpen());
        assertTrue(audited().containsAll(java.util.List.of(AuditAction.PHONE_ADDED, AuditAction.PHONE_CLOSED,
                AuditAction.PHONE_OPENED)));
    }

    @Test
    void aNumberOnTheDoNotCallListIsAddedClosed() {
        var queue = base.queue(QueueFilter.any());
        base.log(base.next(queue), queue, "do_not_call");
        var listed = base.inTx(tx -> base.services.contacts().find(tx, 1)).orElseThrow().phones().get(0).e164();
        var card = corrections.addPhone(2, "+7 916 111-22-33");
        card = corrections.addPhone(2, listed);
        assertEquals(Arrays.asList(PhoneClosed.DO_NOT_CALL, null, PhoneClosed.DO_NOT_CALL),
                card.phones().stream().map(ContactPhone::closed).toList(),
                "the test companies share their first number, closed with the list; the new listed one is added closed");
    }
}
