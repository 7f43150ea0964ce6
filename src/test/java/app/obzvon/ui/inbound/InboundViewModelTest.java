package app.obzvon.ui.inbound;

import app.obzvon.access.Person;
import app.obzvon.inbound.HalfDay;
import app.obzvon.inbound.Handout;
import app.obzvon.inbound.InboundRequest;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.SHIFTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbound requests' window model, without a window: the work runs at once on the test thread. */
class InboundViewModelTest {

    @TempDir
    Path folder;
    TestBase base;
    Person boris;
    InboundViewModel model;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.queue(QueueFilter.any());
        boris = base.addCaller("Борис", "1357");
        model = new InboundViewModel(new SynchronousTasks(), base.services.inboundRequests(), base.services.people(),
                base.clock);
        model.load();
    }

    @AfterEach
    void close() {
        base.close();
    }

    void type(String company, String person, String phone, String wants) {
        model.companyProperty().set(company);
        model.personProperty().set(person);
        model.phoneProperty().set(phone);
        model.wantsProperty().set(wants);
    }

    @Test
    void aRequestEnteredEmptiesTheFormButKeepsWhereTheyCameFrom() {
        model.sourceProperty().set("мессенджер");
        type("ООО Ромашка", "Ирина", "+7 916 555-00-01", "Счёт на станки");
        model.enter();
        assertEquals(Notice.info("inbound.entered.waiting", "ООО Ромашка"), model.noticeProperty().get());
        assertEquals(List.of("", "", "", ""), List.of(model.companyProperty().get(), model.personProperty().get(),
                model.phoneProperty().get(), model.wantsProperty().get()));
        assertEquals("мессенджер", model.sourceProperty().get(), "the next request likely came the same way");
        assertEquals(List.of("ООО Ромашка"), model.today().stream().map(InboundRequest::company).toList());
    }

    @Test
    void badInputIsSaidAndTheFormKeepsWhatWasTyped() {
        type("ООО Ромашка", "Ирина", "12", "Счёт");
        model.enter();
        assertEquals(Notice.error("inbound.refused.phone", "12"), model.noticeProperty().get());
        assertEquals("ООО Ромашка", model.companyProperty().get());
        assertTrue(model.today().isEmpty());
    }

    @Test
    void aRequestWaitingPastTheLimitIsMarkedAndTheListIsReadAgainEveryFewSeconds() {
        type("ООО Ромашка", null, "+7 916 555-00-01", null);
        model.enter();
        var request = model.today().get(0);
        assertFalse(model.tooLong(request));
        base.clock.advance(Duration.ofMinutes(15));
        model.tick();
        assertTrue(model.tooLong(model.today().get(0)), "15 minutes: the default limit");

        // Борис comes on shift: the next read of the list hands the request to him.
        long now = base.clock.millis();
        base.services.database().dsl().insertInto(SHIFTS).set(SHIFTS.CALLER_ID, (int) boris.id())
                .set(SHIFTS.STARTED_AT, now).set(SHIFTS.PLANNED_END_AT, now + 3_600_000).execute();
        base.clock.advance(InboundViewModel.REFRESH_EVERY);
        model.tick();
        assertEquals("Борис", model.today().get(0).callerName());
    }

    @Test
    void theSettingsAndTheRosterAreSavedAndReadBack() {
        model.handoutProperty().set(Handout.DUTY);
        model.waitingMinutesProperty().set(30);
        model.saveSettings();
        var today = LocalDate.now(base.clock);
        model.setDuty(today, HalfDay.MORNING, boris);
        assertEquals(Notice.info("inbound.duty.saved"), model.noticeProperty().get());

        var again = new InboundViewModel(new SynchronousTasks(), base.services.inboundRequests(),
                base.services.people(), base.clock);
        again.load();
        assertEquals(Handout.DUTY, again.handoutProperty().get());
        assertEquals(30, again.waitingMinutesProperty().get());
        assertEquals(boris.id(), again.roster().get(0).callerId());
        assertTrue(again.onDutyChoices().stream().anyMatch(p -> p.id() == boris.id()));
    }

    @Test
    void aFileWithABadRowLoadsNothingAndListsTheRow() throws Exception {
        var file = Files.writeString(folder.resolve("requests.csv"), """
                Компания;Телефон;Запрос
                ООО Первая;+7 916 555-00-01;Счёт
                ООО Вторая;;КП
                """);
        model.importFile(file);
        assertEquals(Notice.error("inbound.import.rejected", "requests.csv", 1), model.noticeProperty().get());
        assertEquals(1, model.rejected().size());
        assertEquals(3, model.rejected().get(0).row());
        assertTrue(model.today().isEmpty());
    }
}
