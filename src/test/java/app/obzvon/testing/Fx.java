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

    public static String text(FxRobot robot, String query) {
        return ((Label) robot.lookup(query).query()).getText();
    }
}
