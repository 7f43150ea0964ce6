package app.obzvon.testing;

import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Waiting and reading helpers for the TestFX tests: database work is asynchronous, so tests wait for the screen. */
public final class Fx {

    private Fx() {
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }

    /** Closes every window but the main one: TestFX reuses the main stage, and a dialog left open takes the next test's keys. */
    public static void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && s.getOwner() != null)
                .toList()
                .forEach(javafx.stage.Window::hide));
    }

    /**
     * Signs in on the real sign-in screen as a person in the list (the only one is picked already):
     * their name clicked, the PIN typed, Enter.
     */
    public static void signIn(FxRobot robot, String name, String pin) {
        typePin(robot, name, pin);
        try {
            waitUntil(() -> !robot.lookup("#signInPane").query().isVisible());
        } catch (AssertionError e) {
            var field = (javafx.scene.control.TextInputControl) robot.lookup("#signInPane #pinField").query();
            throw new AssertionError("still at sign-in; PIN field holds '" + field.getText() + "', status line: '"
                    + robot.lookup("#noticeLabel").queryAs(Label.class).getText() + "'", e);
        }
    }

    /** Picks the name (null: the one picked already) and types the PIN and Enter, whatever comes of it. */
    public static void typePin(FxRobot robot, String name, String pin) {
        waitUntil(() -> robot.lookup("#signInPane").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && !robot.lookup("#signInPane .list-cell").queryAll().isEmpty());
        if (name != null) {
            robot.clickOn(robot.lookup("#signInPane .list-cell").match(
                    (javafx.scene.control.ListCell<?> cell) -> cell.getText() != null && cell.getText().startsWith(name))
                    .<javafx.scene.Node>query());
        }
        robot.clickOn("#signInPane #pinField").write(pin).type(javafx.scene.input.KeyCode.ENTER);
    }

    /** As the first supervisor of a {@link TestBase}. */
    public static void signIn(FxRobot robot) {
        signIn(robot, null, TestBase.PIN);
    }

    public static String text(FxRobot robot, String query) {
        return ((Label) robot.lookup(query).query()).getText();
    }
}
