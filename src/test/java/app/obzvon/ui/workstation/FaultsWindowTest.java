package app.obzvon.ui.workstation;

import app.obzvon.Services;
import app.obzvon.persistence.OpenMode;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.BrokenBases;
import app.obzvon.testing.Fx;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window on bases that went wrong: each says what is wrong and what to do, never a spinner. */
@ExtendWith(ApplicationExtension.class)
class FaultsWindowTest {

    @TempDir
    Path folder;
    Stage stage;
    WorkstationWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        Fx.closeDialogs(new FxRobot());
        if (window != null) {
            window.close();
        }
    }

    private void open(FxRobot robot, Path file, OpenMode mode) {
        robot.interact(() -> {
            window = new WorkstationWindow(stage, new BackgroundTasks(), TestBase.mondayMorning(),
                    (uri, accepted) -> accepted.accept(true), () -> { }, new PresetFiles());
            window.open(file, mode);
        });
    }

    private Path closedBase() {
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha", "Bravo");
            base.queue(QueueFilter.any());
            return base.file;
        }
    }

    @Test
    void aMistypedPathAsksBeforeCreatingABaseThere(FxRobot robot) {
        var typo = folder.resolve("obzvn.db");
        open(robot, typo, OpenMode.EXISTING);

        waitUntil(() -> robot.lookup("#noBasePane").query().isVisible());
        assertEquals("There is no base at " + typo.toAbsolutePath() + ".", text(robot, "#noBaseLabel"));
        assertFalse(Files.exists(typo), "nothing created before the answer");

        robot.clickOn("#createBaseButton");

        waitUntil(() -> robot.lookup("#firstStartPane").query().isVisible());
        assertTrue(Files.exists(typo));
    }

    @Test
    void aBaseFromANewerObzvonSaysWhichVersionItNeeds(FxRobot robot) throws Exception {
        var file = closedBase();
        int version = BrokenBases.fromTheNextObzvon(file);
        open(robot, file, OpenMode.EXISTING);

        waitUntil(() -> robot.lookup("#failedPane").query().isVisible());
        assertEquals(file.toAbsolutePath() + " is from a newer Obzvon: the base is version " + version
                + ", and this Obzvon reads up to version " + (version - 1) + ". Open it with the newer Obzvon.",
                text(robot, "#failedLabel"));
    }

    @Test
    void aDamagedBaseSaysSoAndNamesTheNewestBackup(FxRobot robot) throws Exception {
        var file = closedBase();
        var backups = Files.createDirectories(folder.resolve("backups"));
        Files.copy(file, backups.resolve("obzvon-2026-11-22.db"));
        Files.copy(file, backups.resolve("obzvon-2026-11-23-071500.db"));
        BrokenBases.damageSchema(file);
        open(robot, file, OpenMode.EXISTING);

        waitUntil(() -> robot.lookup("#failedPane").query().isVisible());
        assertEquals("The base is damaged", text(robot, "#failedTitle"));
        var message = text(robot, "#failedLabel");
        assertTrue(message.contains("is damaged, or is not a base at all. The newest backup is "
                + backups.resolve("obzvon-2026-11-23-071500.db").toAbsolutePath()), message);
        assertFalse(robot.lookup("#loadingPane").query().isVisible(), "no spinner left turning");
    }

    @Test
    void aReadOnlyBaseSaysSoAndRefusesAnOutcomeWithThatMessage(FxRobot robot) {
        var file = closedBase();
        robot.interact(() -> {
            window = new WorkstationWindow(stage, new BackgroundTasks(), TestBase.mondayMorning(),
                    (uri, accepted) -> accepted.accept(true), () -> { }, new PresetFiles());
            // SQLite's read-only open, as a file we may not write gets it (and as root, file modes cannot).
            var services = Services.open(file, TestBase.mondayMorning(), TestBase.QUICK_HASH, OpenMode.READ_ONLY);
            window.open(file, CompletableFuture.completedFuture(WorkstationWindow.Opening.of(services)));
        });
        Fx.signIn(robot);
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        assertTrue(robot.lookup("#readOnlyLabel").query().isVisible());
        assertEquals("This base is read-only: you can look, not log.", text(robot, "#readOnlyLabel"));

        robot.type(KeyCode.DIGIT1);

        waitUntil(() -> text(robot, "#noticeLabel").equals("This base is read-only: you can look, not log."));
        assertEquals("Alpha", text(robot, "#companyLabel"), "the contact stays");
    }
}
