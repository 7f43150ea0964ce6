package app.obzvon.ui.workstation;

import app.obzvon.testing.CuttableProxy;
import app.obzvon.testing.Fx;
import app.obzvon.testing.MutableClock;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.ServerTeam;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The server goes away mid-shift, through the real window: its pool reaches the test server through
 * a proxy the test cuts. The banner, the outcome said not saved, the key refused, then the banner gone
 * once the server answers and the same key logging the call.
 */
@PostgresTest
@ExtendWith(ApplicationExtension.class)
class ServerOutageWindowTest {

    final MutableClock clock = new MutableClock(TestBase.MORNING, TestBase.ZONE);
    Stage stage;
    CuttableProxy proxy;
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
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void theBannerSaysTheCallWasNotSavedAndGoesWhenTheServerAnswers(FxRobot robot,
                                                                   @PostgresTest.Fresh PostgresDatabase database) {
        ServerTeam.seed(database, clock, "Вера", "Alpha", "Bravo");
        proxy = CuttableProxy.toLocalPostgres();
        robot.interact(() -> {
            window = new WorkstationWindow(stage, new BackgroundTasks(), clock, (uri, accepted) -> accepted.accept(true),
                    () -> { }, new PresetFiles());
            window.open(ServerTeam.through(proxy, database), (String) null);
        });
        Fx.signIn(robot, "Вера", TestBase.PIN);
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        assertFalse(robot.lookup(".server-banner").query().isVisible());

        proxy.cut();
        robot.type(KeyCode.DIGIT1);

        waitUntil(() -> robot.lookup(".server-banner").query().isVisible());
        assertEquals("The server " + proxy.host() + ":" + proxy.port() + "/" + database.name()
                + " does not answer — reconnecting…", text(robot, ".server-banner-title"));
        assertEquals("Not saved: the call with Alpha (No answer). Press the key again when the server is back.",
                text(robot, ".server-banner-detail"));
        assertEquals("Alpha", text(robot, "#companyLabel"), "the contact stays, to log again");

        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> text(robot, "#noticeLabel").startsWith("Not now: the server does not answer"));
        assertEquals(0, ServerTeam.calls(database));

        proxy.restore();
        waitLonger(() -> !robot.lookup(".server-banner").query().isVisible()
                && text(robot, "#noticeLabel").startsWith("The server answers again"));
        assertEquals("The server answers again. The call with Alpha (No answer) was not saved: press the key again.",
                text(robot, "#noticeLabel"));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        assertEquals(1, ServerTeam.calls(database));
    }

    /** The checks run every few seconds, and one may be waiting out the pool's timeout as the server comes back. */
    private static void waitLonger(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 40 s", e);
        }
    }
}
