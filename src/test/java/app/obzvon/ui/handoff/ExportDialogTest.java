package app.obzvon.ui.handoff;

import app.obzvon.call.CallDetails;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-over dialog opened from the real window, on a database with leads whose right answers are known. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path folder;
    final PresetFiles files = new PresetFiles();
    WorkstationWindow window;
    TestBase base;

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        {
            base.addCompanies("Alpha", "Bravo", "Charlie", "Delta");
            var queue = base.queue(QueueFilter.any());
            base.log(base.next(queue), queue, "qualified_lead", CallDetails.none().withNote("=HYPERLINK(\"x\")"));
            base.log(base.next(queue), queue, "qualified_lead");
            base.log(base.next(queue), queue, "meeting_booked",
                    new CallDetails(null, base.clock.instant().plusSeconds(86_400), null));
            base.log(base.next(queue), queue, "busy");
            // A supervisor's own outcome, added without a label: every screen that lists outcomes copes.
            base.services.database().dsl().execute("INSERT INTO outcome_definitions (code, hotkey, position, "
                    + "status_change, next_call, is_conversation) VALUES ('sent_offer', 9, 9, 'KEEP', 'NONE', TRUE)");
            base.services.close();
        }
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

    @Test
    void handsOverTheChosenLeadsOnceAndDownloadsTheBatchAgain(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().queues().size() == 1);
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#matchingLabel").equals("Leads to hand over: 3"));
        assertEquals("sent_offer", robot.lookup("#export-outcome-sent_offer").queryAs(CheckBox.class).getText(),
                "an outcome without a label or a translation shows its code");

        robot.clickOn("#export-outcome-meeting_booked");
        waitUntil(() -> text(robot, "#matchingLabel").equals("Leads to hand over: 2"));

        var leads = folder.resolve("leads.csv");
        files.answer(leads);
        robot.clickOn("#exportButton");
        waitUntil(() -> text(robot, "#exportNotice").equals("Batch 1: 2 leads handed over to leads.csv."));
        waitUntil(() -> text(robot, "#matchingLabel").equals("Leads to hand over: 0"));
        var written = Files.readString(leads, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8");
        assertEquals(3, written.strip().lines().count(), written);
        assertTrue(written.contains("'=HYPERLINK"), "a formula in a note is neutralized: " + written);

        TableView<?> batches = robot.lookup("#batchTable").queryTableView();
        assertEquals(1, batches.getItems().size());
        robot.interact(() -> batches.getSelectionModel().select(0));
        var again = folder.resolve("again.csv");
        files.answer(again);
        robot.clickOn("#againButton");
        waitUntil(() -> text(robot, "#exportNotice").startsWith("Batch 1 (2 leads) written again"));
        assertEquals(written, Files.readString(again, StandardCharsets.UTF_8));
    }
}
