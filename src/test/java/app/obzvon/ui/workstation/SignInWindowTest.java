package app.obzvon.ui.workstation;

import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.Fx;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The door through the real window: a caller without the supervisor's menus, switching, the lock. */
@ExtendWith(ApplicationExtension.class)
class SignInWindowTest {

    @TempDir
    Path folder;
    TestBase base;
    WorkstationWindow window;

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        base.addCompanies("Alpha", "Bravo", "Charlie");
        base.queue(QueueFilter.any());
        base.addCaller("Boris", "1357");
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true), () -> { },
                new app.obzvon.testing.PresetFiles());
        window.open(base.file);
    }

    @AfterEach
    void stop() {
        Fx.closeDialogs(new FxRobot());
        window.close();
    }

    private static List<String> shownMenus(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(Menu::isVisible).map(Menu::getText).toList();
    }

    private static long openWindows() {
        return Window.getWindows().stream().filter(Window::isShowing).count();
    }

    @Test
    void aCallerHasNoSupervisorMenusAndItsShortcutsDoNothing(FxRobot robot) {
        Fx.signIn(robot, "Boris", "1357");
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));

        assertEquals(List.of("Workstation"), shownMenus(robot));
        assertFalse(robot.lookup("#targetButton").query().isVisible(), "targets are the supervisor's");
        long before = openWindows();
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, openWindows(), "no import or hand-over window for a caller");
        assertEquals("Boris", text(robot, "#personLabel"));
    }

    @Test
    void switchingTheCallerShowsTheSignInAndTheNextPersonGetsTheirMenus(FxRobot robot) {
        Fx.signIn(robot, "Boris", "1357");
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));

        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitUntil(() -> robot.lookup("#signInPane").query().isVisible());
        assertFalse(robot.lookup("#workPane").query().isVisible(), "nobody's card stays on screen");

        Fx.signIn(robot, "Анна", TestBase.PIN);
        // Bravo was let go when Boris left: Anna gets it, and her own count of calls.
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        assertEquals("Calls: 0 of 80", text(robot, "#callsLabel"));
        assertEquals(List.of("Workstation", "Base", "Scripts", "Team"), shownMenus(robot));
    }

    @Test
    void theScreenLocksAfterTheIdleTimeKeepsTheCallAndOpensWithThePin(FxRobot robot) {
        Fx.signIn(robot, "Boris", "1357");
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));

        base.clock.advance(Duration.ofMinutes(10));
        waitUntil(() -> robot.lookup("#lockPane").query().isVisible());
        // The lock's text is set as it shows: wait for it, not only for the pane.
        waitUntil(() -> !text(robot, "#lockedByLabel").isEmpty());
        assertEquals("Boris, type your PIN (on a team's server: your password) to go on with your call. Anyone else: switch caller.",
                text(robot, "#lockedByLabel"));
        // Keys under the lock go to the PIN, never to the outcome bar.
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#lockNotice").isEmpty());
        assertTrue(robot.lookup("#lockPane").query().isVisible());
        assertEquals("Alpha", text(robot, "#companyLabel"), "nothing was logged under the lock");

        robot.clickOn("#lockPane #pinField").write("1357").type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#lockPane").query().isVisible());
        assertEquals("Alpha", text(robot, "#companyLabel"), "the call survives the lock");
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
    }

    @Test
    void theLockClosesTheSupervisorsWindowsSoNothingShowsOverTheCover(FxRobot robot) {
        Fx.signIn(robot, "Анна", TestBase.PIN);
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#peopleTable").tryQuery().isPresent());

        // Typing in the people window counts as being at the screen.
        base.clock.advance(Duration.ofMinutes(9));
        robot.clickOn("#newNameField").write("Vera");
        base.clock.advance(Duration.ofMinutes(9));
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertFalse(robot.lookup("#lockPane").query().isVisible(), "work in a dialog is activity");

        base.clock.advance(Duration.ofMinutes(10));
        waitUntil(() -> robot.lookup("#lockPane").query().isVisible());
        waitUntil(() -> robot.lookup("#peopleTable").tryQuery().isEmpty());
    }
}
