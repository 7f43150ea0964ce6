package app.obzvon.ui.donotcall;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.NewContact;
import app.obzvon.donotcall.ListedNumber;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The do-not-call window's model, without a window: the work runs at once on the test thread. */
class DoNotCallViewModelTest {

    @TempDir
    Path folder;
    TestBase base;
    DoNotCallViewModel model;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(new NewContact("Alpha", "Иван",
                List.of("+7 495 123-45-67"),
                "Москва", "Москва", TestBase.ZONE, CompanySize.SMALL, "Торговля", "test"))));
        model = new DoNotCallViewModel(new SynchronousTasks(), base.services.doNotCallList());
        model.load();
    }

    @AfterEach
    void close() {
        base.close();
    }

    List<String> numbers() {
        return model.rows().stream().map(ListedNumber::e164).toList();
    }

    @Test
    void aTypedNumberIsAddedListedAndTheFieldEmpties() {
        assertEquals(List.of(), numbers());
        model.typedProperty().set("8 (495) 123-45-67");
        model.add();

        assertEquals(List.of("+74951234567"), numbers());
        assertEquals(1, model.totalProperty().get());
        assertEquals("", model.typedProperty().get());
        assertEquals(Notice.info("dnc.added", "+7 495 123-45-67", 1, 1), model.noticeProperty().get());
        assertEquals(1, model.rows().get(0).companies());
    }

    @Test
    void aWrongNumberIsSaidAndKeptInTheFieldToCorrect() {
        model.typedProperty().set("123");
        model.add();

        assertEquals(Notice.error("dnc.error.not.a.number", "123"), model.noticeProperty().get());
        assertEquals("123", model.typedProperty().get());
        assertEquals(List.of(), numbers());

        model.typedProperty().set("  ");
        model.add();
        assertEquals(Notice.error("dnc.number.missing"), model.noticeProperty().get());
    }

    @Test
    void theSearchNarrowsTheList() {
        for (var number : List.of("+7 495 123-45-67", "+7 916 555-66-77")) {
            model.typedProperty().set(number);
            model.add();
        }
        assertEquals(List.of("+79165556677", "+74951234567"), numbers(), "newest first");

        model.searchProperty().set("8 916");
        assertEquals(List.of("+79165556677"), numbers());
        assertEquals(1, model.totalProperty().get());
        model.searchProperty().set("");
        assertEquals(2, model.totalProperty().get());
    }

    @Test
    void theChosenNumberIsRemoved() {
        model.typedProperty().set("+7 495 123-45-67");
        model.add();
        model.remove();
        assertEquals(Notice.error("dnc.remove.none"), model.noticeProperty().get());

        model.selectedProperty().set(model.rows().get(0));
        model.remove();

        assertEquals(List.of(), numbers());
        assertNull(model.selectedProperty().get());
        assertEquals(Notice.info("dnc.removed", "+7 495 123-45-67", 1, 1), model.noticeProperty().get());
        assertFalse(base.inTx(tx -> base.services.contacts().find(tx, 1)).orElseThrow().state().doNotCall());
    }

    @Test
    void aFileIsLoadedAndCounted() throws Exception {
        var file = Files.writeString(folder.resolve("stop.txt"), "+7 495 123-45-67\nнет номера\n+7 495 123-45-67\n");
        model.importFile(file);

        assertEquals(List.of("+74951234567"), numbers());
        assertEquals(Notice.info("dnc.imported", "stop.txt", 1, 1, 1, 1, 1), model.noticeProperty().get());
        assertTrue(base.inTx(tx -> base.services.contacts().find(tx, 1)).orElseThrow().state().doNotCall());

        model.importFile(folder.resolve("missing.csv"));
        assertEquals("dnc.import.failed", model.noticeProperty().get().key());
        assertFalse(model.busyProperty().get());
    }
}
