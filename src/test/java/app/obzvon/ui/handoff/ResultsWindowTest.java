package app.obzvon.ui.handoff;

import app.obzvon.contact.ContactStatus;
import app.obzvon.handoff.StageResultsFixture;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The next stage's results opened from the real window's Base menu, previewed, then applied. */
@ExtendWith(ApplicationExtension.class)
class ResultsWindowTest {

    @TempDir
    Path folder;
    final PresetFiles files = new PresetFiles();
    WorkstationWindow window;
    StageResultsFixture fixture;
    long alpha;
    long bravo;
    Path results;

    @Start
    void start(Stage stage) {
        fixture = new StageResultsFixture(folder);
        alpha = fixture.company("ООО «Альфа»", "+7 495 111-11-11", null);
        bravo = fixture.company("ООО «Браво»", "+7 495 222-22-22", "7701234567");
        fixture.handOver(alpha, bravo);
        results = fixture.csv("results.csv", "Компания;Телефон;ИНН;Статус",
                ";+7 495 111-11-11;;Клиент", ";;7701234567;Сделка", "Зулу;;;Клиент", "ООО «Альфа»;;;Оплачено");
        fixture.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), fixture.base.clock,
                (uri, accepted) -> accepted.accept(true), () -> { }, files);
        window.open(fixture.base.file);
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
    void previewsAFileFromTheBaseMenuAndAppliesIt(FxRobot robot) {
        robot.clickOn("Base");
        robot.clickOn("Next stage’s results…");
        waitUntil(() -> robot.lookup("#chooseButton").tryQuery().isPresent());
        assertTrue(robot.lookup("#applyButton").queryAs(Button.class).isDisabled(), "nothing to apply before a file");

        files.answer(results);
        robot.clickOn("#chooseButton");
        waitUntil(() -> text(robot, "#resultsNotice").equals("Applying the file will move 2 companies. Nothing has changed yet."));
        assertEquals("4", text(robot, "#readLabel"));
        assertEquals("2", text(robot, "#movesLabel"));
        assertEquals("1", text(robot, "#dealLabel"));
        assertEquals("1", text(robot, "#clientLabel"));
        assertEquals("Rows that change nothing: 2", text(robot, "#skippedTitle"));
        TableView<?> skipped = robot.lookup("#skippedTable").queryTableView();
        assertEquals(2, skipped.getItems().size());
        assertEquals(ContactStatus.HANDED_OVER, statusOf(alpha), "a preview changes nothing");

        robot.clickOn("#applyButton");
        waitUntil(() -> text(robot, "#resultsNotice").equals(
                "2 companies moved on from results.csv; their cards show the new status."));
        assertEquals("Moved", text(robot, "#movesTitle"));
        assertTrue(robot.lookup("#applyButton").queryAs(Button.class).isDisabled(), "applied once");
        assertEquals(ContactStatus.CLIENT, statusOf(alpha));
        assertEquals(ContactStatus.DEAL, statusOf(bravo));
    }

    private ContactStatus statusOf(long id) {
        try (var services = TestBase.open(fixture.base.file, fixture.base.clock)) {
            return services.database().inTransaction(tx -> services.contacts().find(tx, id)).orElseThrow().state()
                    .status();
        }
    }
}
