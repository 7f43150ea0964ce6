package app.obzvon.ui.connect;

import app.obzvon.persistence.ServerAddress;
import app.obzvon.testing.Fx;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.ServerBases;
import app.obzvon.testing.ServerTeam;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connection dialog through the real window, on the test server: from this PC's door to a
 * team's base and back, and a base name the server does not have.
 */
@PostgresTest
@ExtendWith(ApplicationExtension.class)
class ConnectWindowTest {

    static ServerAddress server;

    @TempDir
    Path folder;
    TestBase base;
    Stage stage;
    WorkstationWindow window;

    @BeforeAll
    static void team(PostgresDatabase database) {
        ServerTeam.seed(database, TestBase.mondayMorning(), "Вера", "Alpha", "Bravo");
        server = ServerBases.address(database);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        base = new TestBase(folder);
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true),
                () -> { }, new PresetFiles()).rememberServerIn(folder.resolve("config").resolve("server.properties"));
        window.open(base.file);
    }

    @AfterEach
    void stop() {
        Fx.closeDialogs(new FxRobot());
        window.close();
    }

    @Test
    void theDialogOpensTheServersDoorAndThisPcsBaseComesBack(FxRobot robot) throws Exception {
        waitForPeople(robot, "Анна (supervisor)");
        assertEquals("Base: " + base.file, text(robot, "#baseLabel"));
        assertFalse(robot.lookup(".this-pc-link").query().isVisible(), "already on this PC's base");

        connect(robot, server.database(), "not-kept-anywhere");

        waitForPeople(robot, "Вера (supervisor)");
        assertTrue(robot.lookup("#connectButton").tryQuery().isEmpty(), "the dialog closed");
        var shown = server.host() + (server.port() == 5432 ? "" : ":" + server.port()) + "/" + server.database();
        assertEquals("Server: " + shown, text(robot, "#baseLabel"));
        assertEquals("Obzvon — " + shown, stage.getTitle());
        var remembered = Files.readString(folder.resolve("config").resolve("server.properties"));
        assertFalse(remembered.contains("not-kept-anywhere"), remembered);

        Fx.signIn(robot, "Вера", TestBase.PIN);
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        assertEquals("Obzvon — " + shown, stage.getTitle(), "said while working, too");

        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitForPeople(robot, "Вера (supervisor)");
        robot.clickOn(visible(robot, ".this-pc-link"));
        waitForPeople(robot, "Анна (supervisor)");
        assertEquals("Base: " + base.file, text(robot, "#baseLabel"));

        // The last server is offered filled in: only the password is left to type.
        robot.clickOn(visible(robot, ".connect-link"));
        waitUntil(() -> robot.lookup("#hostField").tryQuery().isPresent());
        assertEquals(server.database(), robot.lookup("#baseField").queryTextInputControl().getText());
        assertEquals(server.user(), robot.lookup("#userField").queryTextInputControl().getText());
        assertTrue(robot.lookup("#passwordField").query().isFocused());
    }

    @Test
    void aBaseTheServerDoesNotHaveIsSaidInTheDialogAndTheWindowStaysOnItsBase(FxRobot robot) {
        waitForPeople(robot, "Анна (supervisor)");

        connect(robot, "no_such_base", "");

        var notice = robot.from(dialog(robot).getRoot()).lookup("#noticeLabel").queryAs(Label.class);
        waitUntil(() -> notice.getText().startsWith("The server"));
        assertEquals("The server " + server.host() + ":" + server.port() + " has no base named no_such_base. "
                + "Check the name.", notice.getText());
        assertTrue(notice.getStyleClass().contains("error"));
        assertFalse(robot.lookup("#connectButton").query().isDisabled(), "to try again");
        waitUntil(() -> robot.lookup("#baseField").query().isFocused());
        Fx.closeDialogs(robot);
        assertEquals(List.of("Анна (supervisor)"), people(robot));
        assertEquals("Base: " + base.file, text(robot, "#baseLabel"));
    }

    /** Clicks "Connect to a team's server…", fills the dialog in, Connect. */
    private void connect(FxRobot robot, String baseName, String password) {
        robot.clickOn(visible(robot, ".connect-link"));
        waitUntil(() -> robot.lookup("#hostField").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#hostField").queryTextInputControl().setText(server.host());
            robot.lookup("#portField").queryTextInputControl().setText(Integer.toString(server.port()));
            robot.lookup("#baseField").queryTextInputControl().setText(baseName);
            robot.lookup("#userField").queryTextInputControl().setText(server.user());
        });
        robot.clickOn("#passwordField").write(password);
        robot.clickOn("#connectButton");
    }

    private static Scene dialog(FxRobot robot) {
        return robot.lookup("#connectButton").query().getScene();
    }

    private static Node visible(FxRobot robot, String query) {
        return robot.lookup(query).match(Node::isVisible).match(n -> n.getScene() != null
                && n.localToScreen(n.getBoundsInLocal()) != null).<Node>queryAll().stream()
                .filter(n -> {
                    for (var p = n; p != null; p = p.getParent()) {
                        if (!p.isVisible()) {
                            return false;
                        }
                    }
                    return true;
                }).findFirst().orElseThrow(() -> new AssertionError("no visible " + query));
    }

    private static void waitForPeople(FxRobot robot, String... names) {
        try {
            waitUntil(() -> robot.lookup("#signInPane").query().isVisible() && people(robot).equals(List.of(names)));
        } catch (AssertionError e) {
            throw new AssertionError("people shown: " + people(robot) + ", status line: "
                    + text(robot, "#noticeLabel"), e);
        }
    }

    private static List<String> people(FxRobot robot) {
        return robot.lookup("#signInPane .list-cell").<ListCell<?>>queryAll().stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
