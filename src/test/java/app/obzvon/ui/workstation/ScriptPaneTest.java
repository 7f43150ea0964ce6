package app.obzvon.ui.workstation;

import app.obzvon.Services;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.script.PathStep;
import app.obzvon.script.ScriptPath;
import app.obzvon.testing.SampleScripts;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caller follows a branching script in the real window; each call keeps the way it went. */
@ExtendWith(ApplicationExtension.class)
class ScriptPaneTest {

    @TempDir
    Path folder;
    TestBase base;
    WorkstationWindow window;
    long versionId;

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        base.addCompanies("Alpha", "Bravo");
        base.services.people().rename(base.supervisor.id(), "Anna");
        var version = base.services.scripts().create(SampleScripts.coldCall());
        versionId = version.id();
        base.inTx(tx -> base.services.queues().add(tx, new NewQueue("Small business", QueueFilter.any(),
                version.scriptId(), 80)));
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true), () -> { },
                new app.obzvon.testing.PresetFiles());
        window.open(base.file);
    }

    private Services reopened;

    @BeforeEach
    void signIn(FxRobot robot) {
        app.obzvon.testing.Fx.signIn(robot);
    }

    @AfterEach
    void stop() {
        window.close();
        if (reopened != null) {
            reopened.close();
        }
    }

    /** A second connection sees only what was committed, as a restart would. */
    private <T> T reread(java.util.function.BiFunction<Services, app.obzvon.common.Tx, T> read) {
        reopened = Services.open(base.file, base.clock);
        return reopened.database().read(tx -> read.apply(reopened, tx));
    }

    private static String step(FxRobot robot) {
        return text(robot, ".step-title");
    }

    private static List<String> breadcrumbs(FxRobot robot) {
        FlowPane crumbs = robot.lookup(".breadcrumbs").query();
        return crumbs.getChildren().stream().map(n -> ((Label) n).getText()).filter(t -> !t.equals("›")).toList();
    }

    private static boolean suggested(FxRobot robot, String outcome) {
        return robot.lookup("#outcome-" + outcome).query().getStyleClass().contains("suggested");
    }

    private void showsAlpha(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha") && step(robot).equals("Greeting"));
    }

    @Test
    void theCallerFollowsABranchByKeyAndByClickAndSeesTheSuggestedOutcome(FxRobot robot) {
        showsAlpha(robot);
        assertEquals("Hello, Иван Петров! My name is Anna.", text(robot, ".step-text"), "fields are filled in");
        assertEquals("A   Yes, speaking", ((Button) robot.lookup("#answer-0").query()).getText());

        robot.type(KeyCode.A);
        waitUntil(() -> step(robot).equals("Offer"));
        assertEquals("We deliver office supplies to Alpha by tomorrow.", text(robot, ".step-text"));
        assertFalse(suggested(robot, "qualified_lead"));

        robot.clickOn("#answer-0");
        waitUntil(() -> step(robot).equals("Agreed"));
        assertEquals(List.of("Greeting", "Offer", "Agreed"), breadcrumbs(robot));
        assertTrue(suggested(robot, "qualified_lead"), "the end step points at its outcome");
        assertTrue(text(robot, ".suggestion").contains("Qualified lead (key 6)"), text(robot, ".suggestion"));

        robot.type(KeyCode.DIGIT6);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        assertEquals("Greeting", step(robot), "a new contact starts at the first step");
        assertFalse(suggested(robot, "qualified_lead"));

        var path = reread((s, tx) -> s.calls().scriptPath(tx, 1)).orElseThrow();
        assertEquals(new ScriptPath(versionId, List.of(new PathStep("greeting", null), new PathStep("offer", null),
                new PathStep("agreed", null))), path);
    }

    @Test
    void anObjectionIsAnsweredAndTheCallReturnsWhereItWasThenBackUndoesAStep(FxRobot robot) {
        showsAlpha(robot);
        robot.type(KeyCode.A);
        waitUntil(() -> step(robot).equals("Offer"));

        robot.type(KeyCode.W);
        waitUntil(() -> step(robot).equals("We have a supplier"));
        assertEquals("Compare our prices on your usual order.", text(robot, ".step-text"));
        Button back = robot.lookup(".return").query();
        assertTrue(back.isVisible());
        assertEquals("↵  Back to: Offer", back.getText());

        robot.type(KeyCode.ENTER);
        waitUntil(() -> step(robot).equals("Offer"));
        assertEquals(List.of("Greeting", "Offer", "We have a supplier", "Offer"), breadcrumbs(robot));

        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> step(robot).equals("We have a supplier"));
        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> step(robot).equals("Offer"));
        assertEquals(List.of("Greeting", "Offer"), breadcrumbs(robot));

        robot.clickOn("#objection-0");
        waitUntil(() -> step(robot).equals("Send it by e-mail"));
        robot.clickOn("#answer-0");
        waitUntil(() -> step(robot).equals("Offer"));
        assertEquals(List.of("Greeting", "Offer", "Send it by e-mail", "Offer"), breadcrumbs(robot));
    }

    @Test
    void whatTheProspectSaidWhenNoAnswerFitIsKeptWithTheStep(FxRobot robot) {
        showsAlpha(robot);
        robot.type(KeyCode.Z);
        waitUntil(() -> robot.lookup(".unmatched").query().isFocused());
        robot.write("Call in 2 weeks");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup(".unmatched").query().isFocused());
        assertEquals("Alpha", text(robot, "#companyLabel"), "the digit typed in the field logged nothing");

        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        Node field = robot.lookup(".unmatched").query();
        assertEquals("", ((javafx.scene.control.TextField) field).getText(), "the next call starts clean");

        var path = reread((s, tx) -> s.calls().scriptPath(tx, 1)).orElseThrow();
        assertEquals(List.of(new PathStep("greeting", "Call in 2 weeks")), path.steps());
    }
}
