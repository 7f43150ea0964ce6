package app.obzvon.inbound;

import app.obzvon.call.CallDetails;
import app.obzvon.common.RefusedException;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.handoff.LeadCriteria;
import app.obzvon.handoff.LeadTexts;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboundRequestsTest extends InboundFixture {

    @Test
    void aKnownNumberBringsItsCompanyAndAnUnknownOneMakesANewCompany() {
        var alpha = base.inTx(tx -> base.services.contacts().find(tx, 1)).orElseThrow();
        // The base has +7 495 123-45-67; typed the usual Russian way.
        var known = inbound.enter(new NewRequest("ООО Альфа", "Ирина", "8 (495) 123-45-67", "Счёт", null));
        assertEquals(alpha.id(), known.contactId());
        assertEquals("Alpha", known.company());
        assertFalse(known.newCompany());

        int before = companies();
        var fresh = inbound.enter(request(1));
        assertTrue(fresh.newCompany());
        assertEquals(before + 1, companies());
        var made = base.inTx(tx -> base.services.contacts().find(tx, fresh.contactId())).orElseThrow();
        assertEquals("Заявка 1", made.company());
        assertEquals("Ирина", made.person());
        assertEquals(ContactStatus.NEW, made.status());
        assertEquals("сайт", made.source());
        assertEquals("+79165550001", base.services.database().dsl().select(CONTACT_PHONES.E164).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.CONTACT_ID.eq((int) fresh.contactId())).fetchSingle().value1());
        // Typed again: the same company, no second one.
        assertEquals(fresh.contactId(), inbound.enter(new NewRequest("Другое имя", null, "89165550001", null, null))
                .contactId());
        assertEquals(before + 1, companies());
        assertEquals(3, requests());
    }

    @Test
    void badInputIsRefusedInThePersonsWordsAndChangesNothing() {
        int companies = companies();
        assertEquals("inbound.refused.company", refusal(new NewRequest(" ", "Ирина", "+7 916 555-00-01", "x", null)));
        assertEquals("inbound.refused.phone.none", refusal(new NewRequest("Бета", "Ирина", "  ", "x", null)));
        assertEquals("inbound.refused.phone", refusal(new NewRequest("Бета", "Ирина", "12-34", "x", null)));
        assertEquals("inbound.refused.too.long.wants",
                refusal(new NewRequest("Бета", null, "+7 916 555-00-01", "x".repeat(1001), null)));
        assertEquals(0, requests());
        assertEquals(companies, companies());
    }

    @Test
    void aLeadAlreadyQualifiedHandedOverOrNotToBeCalledIsSaidSoAndGivenToNobody() {
        startShift(boris);
        base.log(base.next(queue), queue, "qualified_lead");
        int companies = companies();
        assertEquals("inbound.refused.qualified", refusal(new NewRequest("Alpha", null, "+7 495 123-45-67", null, null)));
        base.services.leadExporter().export(LeadCriteria.newLeads(), ExportFormat.CSV, null,
                LeadTexts.of(Locale.ENGLISH, code -> code), folder.resolve("leads.csv"));
        assertEquals("inbound.refused.next.stage",
                refusal(new NewRequest("Alpha", null, "+7 495 123-45-67", null, null)));
        base.services.doNotCallList().add("+7 916 000-11-22");
        assertEquals("inbound.refused.do.not.call",
                refusal(new NewRequest("Новая", null, "8 916 000 11 22", null, null)));
        assertEquals(0, requests());
        assertEquals(companies, companies());
    }

    @Test
    void requestsGoToTheCallersOnShiftInTurnPassingOverPausesAndTheShiftEnded() {
        long borisShift = startShift(boris);
        base.clock.advance(Duration.ofMinutes(1));
        long veraShift = startShift(vera);
        var to = new ArrayList<Long>();
        for (int n = 1; n <= 4; n++) {
            to.add(inbound.enter(request(n)).callerId());
        }
        assertEquals(List.of(boris.id(), vera.id(), boris.id(), vera.id()), to);

        startShift(gleb);
        assertEquals(gleb.id(), inbound.enter(request(5)).callerId(), "just on shift: next");
        long veraPause = pause(veraShift);
        assertEquals(boris.id(), inbound.enter(request(6)).callerId());
        assertEquals(gleb.id(), inbound.enter(request(7)).callerId(), "Вера is in a pause");
        resume(veraPause);
        endShift(borisShift);
        assertEquals(vera.id(), inbound.enter(request(8)).callerId(), "back from her pause, her turn is the oldest");
        assertEquals(gleb.id(), inbound.enter(request(9)).callerId(), "Борис has gone home");
    }

    @Test
    void aCompanyAlreadyInACallersWorkStaysWithThemWhileTheyAreOnShift() {
        startShift(boris);
        startShift(vera);
        var alpha = base.next(queue);
        base.log(alpha.id(), queue, vera.id(), "call_back", new CallDetails(null,
                base.clock.instant().plus(Duration.ofDays(2)), null));
        assertEquals(vera.id(), inbound.enter(new NewRequest("Alpha", null, "+7 495 123-45-67", "КП", null)).callerId());
        assertEquals(boris.id(), inbound.enter(request(1)).callerId(), "the turn was not Вера's to lose");
    }

    @Test
    void aRequestWaitsWhileNobodyIsOnShiftAndGoesOutAtTheSupervisorsNextLook() {
        var entered = inbound.enter(request(1));
        assertNull(entered.callerId());
        base.clock.advance(Duration.ofMinutes(20));
        var waiting = inbound.waiting(Duration.ofMinutes(15));
        assertEquals(1, waiting.size());
        assertNull(waiting.get(0).request().callerId());
        assertEquals(Duration.ofMinutes(20), waiting.get(0).waiting());

        startShift(vera);
        var today = inbound.today();
        assertEquals(vera.id(), today.get(0).callerId());
        assertEquals("Вера", today.get(0).callerName());
        var state = base.inTx(tx -> base.services.contacts().current(tx, entered.contactId())).orElseThrow().state();
        assertEquals(vera.id(), state.work().callerId());
        assertEquals(NextCallKind.CALLBACK, state.nextCallKind());
        assertEquals(base.clock.instant(), state.nextCallAt());
    }

    @Test
    void onDutyTheRequestsGoToTheCallerOnDutyForTheHalfDay() {
        startShift(boris);
        inbound.saveSettings(new InboundSettings(Handout.DUTY, Duration.ofMinutes(10)));
        assertEquals(new InboundSettings(Handout.DUTY, Duration.ofMinutes(10)), inbound.settings());
        var today = LocalDate.now(base.clock);
        inbound.setDuty(today, HalfDay.MORNING, gleb.id());
        assertEquals(gleb.id(), inbound.enter(request(1)).callerId(), "10:00: the morning's, not the one on shift");
        assertEquals(gleb.id(), inbound.enter(request(2)).callerId());

        base.clock.advance(Duration.ofHours(4)); // 14:00
        var afternoon = inbound.enter(request(3));
        assertNull(afternoon.callerId(), "nobody on duty this afternoon yet");
        inbound.setDuty(today, HalfDay.AFTERNOON, vera.id());
        assertEquals(vera.id(), inbound.today().stream().filter(r -> r.id() == afternoon.requestId()).findFirst()
                .orElseThrow().callerId(), "handed out as the roster was set");
        assertEquals(List.of(new Duty(today, HalfDay.MORNING, gleb.id(), "Глеб"),
                new Duty(today, HalfDay.AFTERNOON, vera.id(), "Вера")), inbound.roster(today, 7));
        inbound.setDuty(today, HalfDay.MORNING, null);
        assertEquals(1, inbound.roster(today, 7).size());
        assertThrows(RefusedException.class, () -> inbound.saveSettings(new InboundSettings(Handout.TURNS,
                Duration.ZERO)));
    }

    @Test
    void waitingListsTheUnansweredOldestFirstWithWhomAndHowLong() {
        startShift(boris);
        var first = inbound.enter(request(1));
        base.clock.advance(Duration.ofMinutes(10));
        var second = inbound.enter(request(2));
        base.clock.advance(Duration.ofMinutes(10));
        var longer = inbound.waiting(Duration.ofMinutes(15));
        assertEquals(List.of(first.requestId()), longer.stream().map(w -> w.request().id()).toList());
        assertEquals(Duration.ofMinutes(20), longer.get(0).waiting());
        assertEquals("Борис", longer.get(0).request().callerName());
        assertEquals(List.of(first.requestId(), second.requestId()),
                inbound.waiting(Duration.ofMinutes(5)).stream().map(w -> w.request().id()).toList());
    }

    @Test
    void anImportIsAllItsRowsOrNoneWithTheReasonForEachRow() throws Exception {
        startShift(boris);
        startShift(vera);
        var bad = java.nio.file.Files.writeString(folder.resolve("requests.csv"), """
                Компания;Контакт;Телефон;Запрос;Источник
                ООО Первая;Ирина;+7 916 555-00-01;Счёт;сайт
                ;Пётр;+7 916 555-00-02;КП;мессенджер
                ООО Третья;Анна;нет номера;Цены;звонок
                """);
        int companies = companies();
        var refused = inbound.importFile(bad);
        assertFalse(refused.done());
        assertEquals(0, refused.added());
        assertEquals(List.of(3L, 4L), refused.rejected().stream().map(RejectedRequest::row).toList());
        assertEquals(List.of("inbound.refused.company", "inbound.refused.phone"),
                refused.rejected().stream().map(RejectedRequest::reason).toList());
        assertEquals(0, requests());
        assertEquals(companies, companies());

        var good = java.nio.file.Files.writeString(folder.resolve("fixed.csv"), """
                Компания;Контакт;Телефон;Запрос;Источник
                ООО Первая;Ирина;+7 916 555-00-01;Счёт;сайт
                ООО Вторая;Пётр;+7 916 555-00-02;КП;мессенджер
                ООО Третья;Анна;+7 916 555-00-03;Цены;звонок
                """);
        var loaded = inbound.importFile(good);
        assertTrue(loaded.done());
        assertEquals(3, loaded.added());
        assertEquals(0, loaded.waiting());
        assertEquals(companies + 3, companies());
        assertEquals(List.of(boris.id(), vera.id(), boris.id()),
                inbound.today().stream().map(InboundRequest::callerId).toList(), "in turn, in the file's order");
        assertEquals("мессенджер", base.services.database().dsl().select(CONTACTS.SOURCE).from(CONTACTS)
                .where(CONTACTS.COMPANY.eq("ООО Вторая")).fetchSingle().value1());
    }

    private String refusal(NewRequest request) {
        return assertThrows(RefusedException.class, () -> inbound.enter(request)).key();
    }

    @Test
    void answeredAndShownAreReadOnTheCallersSide() {
        startShift(boris);
        var entered = inbound.enter(request(1));
        try (var window = TestBase.open(base.file, base.clock)) {
            window.signIn().signIn(boris.id(), "1357");
            var card = window.inboundRequests().onCard(entered.contactId()).orElseThrow();
            assertEquals("Счёт на станки", card.wants());
            assertEquals("сайт", card.source());
            assertTrue(window.inboundRequests().onCard(1).isEmpty(), "Alpha is no inbound request");
        }
        var shown = inbound.today().get(0);
        assertEquals(base.clock.instant(), shown.shownAt());
        assertNull(shown.answeredAt());
        assertNotNull(shown.assignedAt());
    }
}
