package app.obzvon.donotcall;

import app.obzvon.contact.PhoneClosed;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.RejectReason;
import app.obzvon.importing.SourceOptions;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor's do-not-call list: adding closes the number wherever the base has it, removing opens what it closed. */
class DoNotCallListTest extends DoNotCallFixture {

    @Test
    void addingANumberClosesItInEveryCompanyAndTheLastNumberClosesTheCompany() {
        var change = list.add("8 (495) 123-45-67");

        assertTrue(change.changed());
        assertEquals(X_E164, change.e164());
        assertEquals("+7 495 123-45-67", change.shown());
        assertEquals(new Closing(2, 1), change.base(), "two numbers closed, Bravo had no other");
        assertEquals(Arrays.asList(PhoneClosed.DO_NOT_CALL, null), closed(1));
        assertEquals(List.of(PhoneClosed.DO_NOT_CALL), closed(2));
        assertFalse(contact(1).state().doNotCall(), "Alpha is still callable on its mobile");
        assertTrue(contact(2).state().doNotCall(), "Bravo closes with its last number");
        assertEquals(List.of("Alpha", "Charlie"), dispensed());
        assertEquals(1, audited("dnc-added"));
    }

    @Test
    void aNumberListedAlreadyChangesNothing() {
        list.add(X);
        var again = list.add("+7 (495) 1234567");

        assertFalse(again.changed());
        assertEquals(1, list.list("").total());
        assertEquals(1, audited("dnc-added"));
    }

    @Test
    void somethingThatIsNotANumberChangesNothing() {
        for (var written : List.of("12345", "позвоните завтра", "", "+7 000 000-00-00")) {
            var refused = assertThrows(NotANumberException.class, () -> list.add(written), written);
            assertEquals("dnc.error.not.a.number", refused.key());
        }
        assertEquals(0, list.list(null).total());
        assertEquals(Arrays.asList(null, null), closed(1));
        assertEquals(0, audited("dnc-added"));
    }

    @Test
    void theListShowsWhoAddedWhatNewestFirstAndHowManyCompaniesHaveIt() {
        list.add(X);
        base.clock.advance(java.time.Duration.ofMinutes(5));
        list.add("+7 916 111-22-33");

        var listing = list.list("");
        assertEquals(2, listing.total());
        var newest = listing.rows().get(0);
        assertEquals("+79161112233", newest.e164());
        assertEquals(0, newest.companies());
        var first = listing.rows().get(1);
        assertEquals(X_E164, first.e164());
        assertEquals(2, first.companies());
        assertEquals("Анна", first.addedBy());
        assertEquals(Source.SUPERVISOR, first.source());
        assertEquals(TestBase.MORNING, first.addedAt());

        assertEquals(List.of(X_E164), list.list("8 495").rows().stream().map(ListedNumber::e164).toList());
        assertEquals(List.of(X_E164), list.list("+7 (495) 12").rows().stream().map(ListedNumber::e164).toList());
        assertEquals(List.of("+79161112233"), list.list("916").rows().stream().map(ListedNumber::e164).toList());
        assertEquals(0, list.list("4567").total(), "digits are matched from the start of the number");
    }

    @Test
    void aCallersDoNotCallIsOnTheListWithTheCallersName() {
        var caller = base.addCaller("Борис", "1357");
        var bravo = contact(2);
        base.log(bravo.id(), queue, caller.id(), "do_not_call", app.obzvon.call.CallDetails.none());

        var row = list.list("").rows().get(0);
        assertEquals(Source.CALL, row.source());
        assertEquals("Борис", row.addedBy());
        assertEquals(Arrays.asList(PhoneClosed.DO_NOT_CALL, null), closed(1), "closed in Alpha too");
    }

    @Test
    void aCallersDoNotCallClosesAnotherCompanyWithItsLastNumberAndItsUndoOpensIt() {
        var alpha = contact(1);
        var logged = base.log(alpha.id(), queue, base.supervisor.id(), "do_not_call",
                app.obzvon.call.CallDetails.none().withPhone(alpha.phones().get(0).id()));
        assertFalse(contact(1).state().doNotCall(), "Alpha keeps its mobile");
        assertTrue(contact(2).state().doNotCall(), "Bravo had only that number");

        assertEquals(app.obzvon.call.Undo.UNDONE, base.inTx(tx -> base.services.callLogger().undo(tx, logged.id(),
                base.supervisor.id())));
        assertFalse(contact(2).state().doNotCall(), "the undo takes the number off the list, and Bravo is callable again");
        assertEquals(List.of(), list.list("").rows());
    }

    @Test
    void removingANumberOpensOnlyWhatTheListClosed() {
        // Echo's second number is a wrong number (a call said so); Delta's own call said "do not call".
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(company("Delta", "+7 812 333-44-55"),
                company("Echo", "+7 812 444-55-66", X))));
        var echo = contact(5);
        base.log(echo, queue, "wrong_number", app.obzvon.call.CallDetails.none().withPhone(echo.phones().get(1).id()));
        base.log(contact(4), queue, "do_not_call");
        assertTrue(contact(4).state().doNotCall());
        list.add(X);
        assertTrue(contact(2).state().doNotCall());

        var removed = list.remove(X_E164);
        assertTrue(removed.changed());
        assertEquals(new Closing(2, 1), removed.base(), "Alpha's and Bravo's numbers, and Bravo");
        assertEquals(Arrays.asList(null, null), closed(1));
        assertEquals(Arrays.asList((PhoneClosed) null), closed(2));
        assertFalse(contact(2).state().doNotCall(), "Bravo is callable again");
        assertEquals(Arrays.asList(null, PhoneClosed.WRONG_NUMBER), closed(5), "a wrong number stays closed");

        var delta = list.remove("+78123334455");
        assertTrue(delta.changed());
        assertTrue(contact(4).state().doNotCall(), "Delta's own call said do not call: it stays closed");
        assertFalse(list.remove(X_E164).changed(), "not on the list any more");
        assertEquals(2, audited("dnc-removed"));
        assertEquals(0, list.list("").total());
    }

    @Test
    void anUndoneDoNotCallOpensTheNumberEverywhereAgain() {
        var bravo = contact(2);
        var logged = base.log(bravo, queue, "do_not_call");
        assertEquals(Arrays.asList(PhoneClosed.DO_NOT_CALL, null), closed(1));

        assertEquals(app.obzvon.call.Undo.UNDONE, base.inTx(tx -> base.services.callLogger().undo(tx, logged.id(),
                base.supervisor.id())));
        assertEquals(Arrays.asList(null, null), closed(1));
        assertEquals(0, list.list("").total());
        assertFalse(contact(2).state().doNotCall());
    }

    @Test
    void aBaseLoadedAfterAddingStillDropsTheNumber() throws Exception {
        list.add("8 916 555-66-77");
        var file = Files.writeString(folder.resolve("base.csv"),
                "Компания;Телефон\nООО Новая;+7 916 555-66-77\nООО Вторая;+7 916 555-66-78, 89165556677\n");
        var importer = base.services.importer();
        var options = SourceOptions.detect();
        var summary = importer.importFile(file, options, importer.preview(file, options).mapping(),
                QueueTarget.none(), Progress.NONE).summary();

        assertEquals(1, summary.count(RejectReason.DO_NOT_CALL));
        assertEquals(2, summary.doNotCallDropped());
        assertEquals(1, summary.toImport());
    }

    @Test
    void typedDigitsStandForTheirUsualBeginnings() {
        assertEquals(List.of(), DoNotCallList.prefixes(" - "));
        assertEquals(List.of("+8916", "+7916", "+78916"), DoNotCallList.prefixes("8 916"));
        assertEquals(List.of("+7916", "+77916"), DoNotCallList.prefixes("+7 916"));
    }
}
