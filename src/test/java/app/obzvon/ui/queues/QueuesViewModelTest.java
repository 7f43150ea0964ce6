package app.obzvon.ui.queues;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.ContactStatus;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The queue editor without a window: what is saved, and a bad draft saves nothing. */
class QueuesViewModelTest {

    @TempDir
    Path folder;
    TestBase base;
    QueuesViewModel model;
    int changed;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.queue(QueueFilter.any());
        model = new QueuesViewModel(new SynchronousTasks(), base.services.queueSetup(), base.services.scripts(),
                () -> changed++);
        model.load();
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void theEditorShowsAQueuesSettingsAndSavesEveryOne() {
        assertEquals("Queue", model.nameProperty().get());
        assertEquals("09:00", model.opensProperty().get());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), EnumSet.copyOf(model.days()));
        assertEquals(70, model.workingListProperty().get());

        model.nameProperty().set("Новосибирск, крупные");
        model.sizes().add(CompanySize.LARGE);
        model.statuses().add(ContactStatus.NEW);
        model.regionProperty().set("Новосибирская область");
        model.timeZoneProperty().set("Asia/Novosibirsk");
        model.opensProperty().set("10:00");
        model.closesProperty().set("19:00");
        model.days().add(DayOfWeek.SATURDAY);
        model.lunchFromProperty().set("13:00");
        model.lunchToProperty().set("14:00");
        model.workingListProperty().set(50);
        model.deadlineDaysProperty().set(14);
        model.expireToProperty().set(ContactStatus.RECALL_POOL);
        model.sharedCallbacksProperty().set(true);
        model.save();

        assertFalse(model.noticeProperty().get().error(), model.noticeProperty().get().toString());
        assertEquals(1, changed, "the caller's window reloads its queues");
        var saved = base.inTx(tx -> base.services.queues().all(tx)).get(0);
        assertEquals("Новосибирск, крупные", saved.name());
        assertEquals(new QueueFilter(java.util.Set.of(ContactStatus.NEW), java.util.Set.of(CompanySize.LARGE), null,
                "Новосибирская область", null, "Asia/Novosibirsk"), saved.filter());
        assertEquals(LocalTime.of(10, 0), saved.hours().opens());
        assertEquals(LocalTime.of(19, 0), saved.hours().closes());
        assertEquals("123456", saved.hours().dayDigits());
        assertEquals(LocalTime.of(13, 0), saved.hours().lunchFrom());
        assertEquals(new app.obzvon.queue.WorkRules(50, 14, ContactStatus.RECALL_POOL, true), saved.work());
        assertTrue(base.services.auditLog().find(new app.obzvon.audit.AuditFilter(null, null, null, null)).stream()
                .anyMatch(e -> e.action() == app.obzvon.audit.AuditAction.QUEUE_SAVED), "audited");
    }

    @Test
    void aBadTimeSaysWhichAndSavesNothing() {
        model.opensProperty().set("9 утра");
        model.workingListProperty().set(10);
        model.save();
        assertTrue(model.noticeProperty().get().error());
        assertEquals("queues.time.bad.opens", model.noticeProperty().get().key());
        assertEquals(70, base.inTx(tx -> base.services.queues().all(tx)).get(0).work().workingList(), "nothing saved");
        assertEquals(0, changed);

        model.opensProperty().set("9:00");
        model.lunchFromProperty().set("13:00");
        model.save();
        assertEquals("queues.lunch.half", model.noticeProperty().get().key());

        model.lunchFromProperty().set("");
        model.opensProperty().set("21:00");
        model.save();
        assertEquals("queues.hours.bad", model.noticeProperty().get().key());

        model.opensProperty().set("9:00");
        model.days().clear();
        model.save();
        assertEquals("queues.days.none", model.noticeProperty().get().key());
    }

    @Test
    void aNewQueueCoversTheWholeBaseAndIsShownToNarrow() {
        model.add("Розница");
        assertEquals(2, model.queues().size());
        assertEquals("Розница", model.selectedProperty().get().name());
        assertEquals(QueueFilter.any(), model.selectedProperty().get().filter());
        model.add("  ");
        assertEquals("queues.name.missing", model.noticeProperty().get().key());
    }
}
