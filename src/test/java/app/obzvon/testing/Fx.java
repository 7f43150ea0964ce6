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

    public static String text(FxRobot robot, String query) {
        return ((Label) robot.lookup(query).query()).getText();
    }
}
