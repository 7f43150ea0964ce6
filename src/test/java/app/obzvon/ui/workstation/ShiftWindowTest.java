package app.obzvon.ui.workstation;

import app.obzvon.queue.QueueFilter;
import app.obzvon.team.CallerTarget;
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

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shift on the caller's screen: started by hand or by the sign-in, paused over the card, ended. */
@ExtendWith(ApplicationExtension.class)
class ShiftWindowTest {

    @TempDir
    Path folder;
    TestBase base;
    WorkstationWindow window;

    private void open(FxRobot robot, boolean startsAtSignIn) {
        base = new TestBase(folder);
        base.addCompanies("Alpha", "Bravo", "Charlie", "Delta");
        base.queue(QueueFilter.any());
        base.services.targets().set(base.supervisor.id(), new CallerTarget(80, null, null, Duration.ofHours(6)));
        base.services.shifts().setStartsAtSignIn(startsAtSignIn);
        base.services.close();
        robot.interact(() -> {
            window = new WorkstationWindow(new Stage(), new BackgroundTasks(), base.clock,
                    (uri, accepted) -> accepted.accept(true), () -> { }, new app.obzvon.testing.PresetFiles());
            window.open(base.file);
        });
        app.obzvon.testing.Fx.signIn(robot);
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (window != null) {
            robot.interact(window::close);
        }
    }

    @Test
    void aCallerStartsAFourHourShiftPausesForABreakResumesAndEndsIt(FxRobot robot) throws Exception {
        open(robot, false);
        assertTrue(robot.lookup("#startButton").query().isVisible(), "by hand: no shift until started");
        assertEquals("Calls: 0 of 80", text(robot, "#callsLabel"));

        robot.clickOn("#startButton");
        robot.clickOn("#shift-4h");
        waitUntil(() -> robot.lookup("#shiftButton").queryLabeled().getText().equals("Shift 10:00–14:00"));
        waitUntil(() -> text(robot, "#callsLabel").equals("Calls: 0 of 40"));
        assertFalse(robot.lookup("#startButton").query().isVisible());

        base.clock.advance(Duration.ofMinutes(30));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        waitUntil(() -> text(robot, "#callsLabel").equals("Calls: 1 of 40"));
        waitUntil(() -> text(robot, "#figuresLabel").startsWith("0:30 worked · 2/h · talk 0:30"));

        robot.clickOn("#shiftButton");
        robot.clickOn("#pause-BREAK");
        waitUntil(() -> robot.lookup("#pausePane").query().isVisible());
        assertEquals("Pause: Break", text(robot, "#reasonLabel"));
        robot.type(KeyCode.DIGIT1);
        base.clock.advance(Duration.ofMinutes(5));
        waitUntil(() -> text(robot, "#clockLabel").equals("05:00"));
        assertEquals(1, count("SELECT count(*) FROM calls"), "no outcome under the pause");
        assertEquals("Bravo", text(robot, "#companyLabel"));

        robot.type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#pausePane").query().isVisible());
        waitUntil(() -> text(robot, "#figuresLabel").startsWith("0:30 worked"));
        assertEquals(1, count("SELECT count(*) FROM pauses WHERE reason = 'BREAK' AND ended_at - started_at = 300000"));

        robot.clickOn("#shiftButton");
        robot.clickOn("#shift-end");
        waitUntil(() -> robot.lookup("#startButton").query().isVisible());
        assertEquals(0, count("SELECT count(*) FROM shifts WHERE ended_at IS NULL"));
        waitUntil(() -> text(robot, "#callsLabel").equals("Calls: 1 of 80"));
    }

    @Test
    void signingInStartsTheCallersUsualShiftAndSwitchingCallerEndsIt(FxRobot robot) throws Exception {
        open(robot, true);
        waitUntil(() -> robot.lookup("#shiftButton").queryLabeled().getText().equals("Shift 10:00–16:00"));
        waitUntil(() -> text(robot, "#callsLabel").equals("Calls: 0 of 60"));
        assertTrue(text(robot, "#paceLabel").endsWith("by 16:00"), text(robot, "#paceLabel"));

        robot.interact(() -> window.door().switchCaller());
        waitUntil(() -> robot.lookup("#signInPane").query().isVisible());
        waitUntil(() -> count("SELECT count(*) FROM shifts WHERE ended_at IS NULL") == 0);
        assertEquals(1, count("SELECT count(*) FROM shifts"));
    }

    private int count(String sql) {
        try (var c = base.otherConnection(); var r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
