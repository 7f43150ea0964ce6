package app.obzvon.ui.importing;

import app.obzvon.importing.Field;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import wizard opened from the real window: mapping, summary, the load into a new queue. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {

    @TempDir
    Path folder;
    final PresetFiles files = new PresetFiles();
    WorkstationWindow window;
    TestBase base;

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true), () -> { }, files);
        window.open(base.file);
    }

    @BeforeEach
    void signIn(FxRobot robot) {
        app.obzvon.testing.Fx.signIn(robot);
    }

    @AfterEach
    void stop() {
        app.obzvon.testing.Fx.closeDialogs(new FxRobot());
        window.close();
    }

    Path bought() throws Exception {
        var csv = folder.resolve("bought list.csv");
        Files.write(csv, ("Название;Тел.;Город;Комментарий\n"
                + "ООО «Ромашка»;8 (495) 123-45-67;Москва;звонить с утра\n"
                + "АО «Вектор»;+7 383 222-33-44 доб. 12;Новосибирск;\n"
                + "ООО «Ромашка-дубль»;84951234567;Москва;\n"
                + "ИП Без Номера;нет;Казань;\n").getBytes(Charset.forName("windows-1251")));
        return csv;
    }

    @Test
    void mapsColumnsShowsTheSummaryAndLoadsIntoANewQueue(FxRobot robot) throws Exception {
        // An empty base, its supervisor signed in: no queue yet.
        waitUntil(() -> robot.lookup("#noQueuesPane").query().isVisible());
        var csv = bought();
        var before = Files.readAllBytes(csv);
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        files.answer(csv);
        robot.clickOn("#chooseButton");
        waitUntil(() -> robot.lookup("#column-1").tryQuery().isPresent());
        ComboBox<Field> phone = robot.lookup("#column-1").queryComboBox();
        ComboBox<Field> company = robot.lookup("#column-0").queryComboBox();
        assertEquals(Field.PHONE, phone.getValue());
        assertEquals(Field.COMPANY, company.getValue());

        robot.clickOn("#checkButton");
        waitUntil(() -> robot.lookup("#summaryBox").query().isVisible());
        assertEquals("4", text(robot, "#readLabel"));
        assertEquals("2", text(robot, "#toImportLabel"));
        assertEquals("1 (1 within the file, 0 already in the base)", text(robot, "#duplicatesLabel"));
        assertTrue(text(robot, "#rejectedLabel").startsWith("1 ("), text(robot, "#rejectedLabel"));

        robot.clickOn("#loadButton");
        waitUntil(() -> text(robot, "#importNotice").equals("2 contacts loaded."));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(csv)), "the file is only read");
        waitUntil(() -> window.model().queues().stream().anyMatch(q -> q.name().equals("bought list")));
        waitUntil(() -> "ООО «Ромашка»".equals(window.model().contactProperty().get() == null ? null
                : window.model().contactProperty().get().company()));
        assertEquals(java.util.Map.of("Комментарий", "звонить с утра"),
                window.model().contactProperty().get().extraFields(), "an unmapped column is kept");
        waitUntil(() -> robot.lookup("#extrasGrid .label").queryAll().stream()
                .anyMatch(n -> "звонить с утра".equals(((javafx.scene.control.Label) n).getText())));
    }

    /** A DOS export is read as CP866; another code page chosen garbles it, CP866 chosen back reads it again. */
    @Test
    void theEncodingIsDetectedAndCanBeChosen(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#noQueuesPane").query().isVisible());
        var csv = folder.resolve("dos.csv");
        Files.write(csv, "Компания;Телефон\r\nООО Альфа;8 495 111-22-33\r\n".getBytes(Charset.forName("IBM866")));
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        files.answer(csv);
        robot.clickOn("#chooseButton");
        waitUntil(() -> shown(robot, "Компания"));
        ComboBox<Charset> encoding = robot.lookup("#encodingBox").queryComboBox();
        assertEquals(Charset.forName("IBM866"), encoding.getValue());
        assertEquals("CP866 (DOS)", encoding.getButtonCell().getText());
        assertTrue(encoding.getItems().contains(Charset.forName("KOI8-R")));

        robot.interact(() -> encoding.setValue(Charset.forName("windows-1251")));
        waitUntil(() -> !shown(robot, "Компания") && robot.lookup("#column-0").tryQuery().isPresent());
        robot.interact(() -> encoding.setValue(Charset.forName("IBM866")));
        waitUntil(() -> shown(robot, "Компания") && shown(robot, "ООО Альфа"));
    }

    private static boolean shown(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()))
                .tryQuery().isPresent();
    }

    @Test
    void aFileWithoutAPhoneColumnCannotBeLoaded(FxRobot robot) throws Exception {
        // An empty base, its supervisor signed in: no queue yet.
        waitUntil(() -> robot.lookup("#noQueuesPane").query().isVisible());
        var csv = folder.resolve("names.csv");
        Files.writeString(csv, "Company;City\nAlpha;Moscow\n");
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        files.answer(csv);
        robot.clickOn("#chooseButton");
        waitUntil(() -> robot.lookup("#column-0").tryQuery().isPresent());
        robot.clickOn("#checkButton");
        waitUntil(() -> text(robot, "#importNotice").startsWith("Mark at least one column as Phone"));
        assertTrue(!robot.lookup("#summaryBox").query().isVisible());
    }

    /** Reading the base as a file to import would drop SQLite's locks on it: the dialog refuses it. */
    @Test
    void theBaseItselfCannotBeChosenAsAFileToImport(FxRobot robot) throws Exception {
        // An empty base, its supervisor signed in: no queue yet.
        waitUntil(() -> robot.lookup("#noQueuesPane").query().isVisible());
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        files.answer(base.file);
        robot.clickOn("#chooseButton");
        waitUntil(() -> robot.lookup(".dialog-pane .content").tryQuery().isPresent());
        assertTrue(text(robot, ".dialog-pane .content").startsWith("This is Obzvon's own base."));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane .content").tryQuery().isEmpty());
        assertTrue(robot.lookup("#column-0").tryQuery().isEmpty(), "nothing was read from the base");
    }
}
