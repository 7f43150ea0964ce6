package app.obzvon.ui.scriptreport;

import app.obzvon.report.StepFigures;
import app.obzvon.testing.Fx;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.ScriptCallSeed;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.workstation.Screen;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analytics window on a seeded base: the figures on screen, the chart, a saved CSV. */
@ExtendWith(ApplicationExtension.class)
class ScriptReportWindowTest {

    @TempDir
    Path folder;
    TestBase base;
    WorkstationWindow window;
    final PresetFiles files = new PresetFiles();

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        new ScriptCallSeed(base);
        base.inTx(tx -> {
            base.services.settings().saveLanguage(tx, Locale.ENGLISH);
            return null;
        });
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true), () -> { }, files);
        window.open(base.file);
    }

    @BeforeEach
    void signIn(FxRobot robot) {
        app.obzvon.testing.Fx.signIn(robot);
    }

    @AfterEach
    void stop(FxRobot robot) {
        Fx.closeDialogs(robot);
        window.close();
    }

    @Test
    void showsEachStepsFiguresAndSavesThemAsCsv(FxRobot robot) throws IOException {
        waitUntil(() -> window.model().screenProperty().get() == Screen.CONTACT);
        robot.push(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#stepsTable").tryQuery().isPresent());
        TableView<StepFigures> table = robot.lookup("#stepsTable").query();
        waitUntil(() -> table.getItems().size() == 7);

        assertEquals("Conversations read from this version: 6 (unanswered and busy calls are not counted)",
                text(robot, ".calls"));
        var offer = table.getItems().get(1);
        assertEquals("2. Offer", table.getColumns().get(0).getCellData(offer));
        assertEquals(4, table.getColumns().get(1).getCellData(offer));
        assertEquals("50 %", table.getColumns().get(4).getCellData(offer));
        assertEquals("7. Objection: We have a supplier", table.getColumns().get(0).getCellData(table.getItems().get(6)));
        ListView<?> objections = robot.lookup("#objectionsList").query();
        assertEquals(2, objections.getItems().size());
        BarChart<?, ?> chart = robot.lookup("#chart").query();
        assertEquals(3, chart.getData().size());
        assertEquals(7, chart.getData().get(0).getData().size(), "every step some call reached");

        shoot(robot, table.getScene(), "script-analytics");

        var file = folder.resolve("analytics.csv");
        files.answer(file);
        robot.clickOn("#csvButton");
        waitUntil(() -> Files.exists(file));
        var dialog = robot.from(table.getScene().getRoot());
        waitUntil(() -> ((javafx.scene.control.Label) dialog.lookup("#noticeLabel").query()).getText().equals("Saved analytics.csv"));
        assertEquals("greeting;Greeting;step;6;1;2;33", Files.readAllLines(file, StandardCharsets.UTF_8).get(1));
    }

    private static void shoot(FxRobot robot, javafx.scene.Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        var image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        var out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(image[0], "png", out.resolve(name + ".png").toFile());
        assertTrue(image[0].getWidth() >= 900, "the whole window");
    }
}
