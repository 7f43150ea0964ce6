package app.obzvon.ui.workstation;

import app.obzvon.persistence.OpenMode;
import app.obzvon.persistence.ServerAddress;
import app.obzvon.persistence.ServerFaults;
import app.obzvon.testing.Fx;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start on a team's server ({@code --db postgresql://…}) that does not get in: a server that wants a
 * password has the window ask for it; one that does not answer says so, with the way to this PC's base.
 */
@ExtendWith(ApplicationExtension.class)
class ServerStartWindowTest {

    static final ServerAddress SERVER = new ServerAddress("db.office.invalid", 5432, "team", "anna");

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
        window.close();
    }

    private void open(FxRobot robot, String sqlState, Path thisPc) {
        robot.interact(() -> {
            window = new WorkstationWindow(stage, new BackgroundTasks(), TestBase.mondayMorning(),
                    (uri, accepted) -> accepted.accept(true), () -> { }, new PresetFiles())
                    .thisPc(thisPc, OpenMode.EXISTING);
            window.open(SERVER, CompletableFuture.failedFuture(ServerFaults.of(SERVER, sqlState)));
        });
    }

    @Test
    void aServerThatWantsAPasswordHasTheWindowAskForIt(FxRobot robot) {
        open(robot, "08004", folder.resolve("obzvon.db"));

        waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        assertEquals("db.office.invalid", robot.lookup("#hostField").queryTextInputControl().getText());
        assertEquals("5432", robot.lookup("#portField").queryTextInputControl().getText());
        assertEquals("team", robot.lookup("#baseField").queryTextInputControl().getText());
        assertEquals("anna", robot.lookup("#userField").queryTextInputControl().getText());
        waitUntil(() -> robot.lookup("#passwordField").query().isFocused());
        assertEquals("Obzvon — db.office.invalid/team", stage.getTitle());
        assertEquals("The server db.office.invalid/team did not let anna in: wrong name or password, or this sign-in "
                + "is not allowed. Ask whoever runs the server.", text(robot, "#failedLabel"));
    }

    @Test
    void aServerThatDoesNotAnswerSaysSoAndThisPcsBaseIsOneClickAway(FxRobot robot) {
        Path file;
        try (var base = new TestBase(folder)) {
            file = base.file;
        }
        open(robot, "08001", file);

        waitUntil(() -> robot.lookup("#failedPane").query().isVisible());
        assertEquals("The server db.office.invalid/team does not answer. Nothing was changed: try again once it answers.",
                text(robot, "#failedLabel"));
        assertTrue(robot.lookup("#connectButton").tryQuery().isEmpty(), "no dialog: a password would not help");
        robot.clickOn(robot.lookup("#failedPane .this-pc-link").<Node>query());

        waitUntil(() -> robot.lookup("#signInPane").query().isVisible()
                && !robot.lookup("#signInPane .list-cell").queryAll().isEmpty());
        assertEquals("Base: " + file, text(robot, "#baseLabel"));
        assertEquals("Obzvon — " + file, stage.getTitle());
        Fx.signIn(robot);
        waitUntil(() -> window.model().screenProperty().get() == Screen.NO_QUEUES);
    }
}
