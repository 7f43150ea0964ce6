package app.obzvon.ui.inbound;

import app.obzvon.access.Person;
import app.obzvon.contact.CompanySize;
import app.obzvon.inbound.InboundRequest;
import app.obzvon.inbound.NewRequest;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.Fx;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;

import static app.obzvon.persistence.jooq.Tables.SHIFTS;
import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inbound requests in the real window: the supervisor enters them by keyboard alone, and the caller's
 * screen, idle on an empty queue, shows one given to her from another window within seconds.
 */
@ExtendWith(ApplicationExtension.class)
class InboundWindowTest {

    @TempDir
    Path folder;
    WorkstationWindow window;
    TestBase base;
    Person vera;

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        base.inTx(tx -> base.services.contacts().addAll(tx, java.util.List.of(TestBase.company("Alpha",
                CompanySize.SMALL))));
        base.queue(QueueFilter.any());
        vera = base.addCaller("Вера", "8642");
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true),
                () -> { }, new PresetFiles());
        window.open(base.file);
    }

    @AfterEach
    void stop() {
        Fx.closeDialogs(new FxRobot());
        window.close();
    }

    @Test
    void theSupervisorEntersRequestsByKeyboardAlone(FxRobot robot) {
        Fx.signIn(robot, "Анна", TestBase.PIN);
        robot.clickOn("Team").clickOn("Inbound requests…");
        waitUntil(() -> robot.lookup("#requestTable").tryQuery().isPresent());
        TextField company = robot.lookup("#companyField").queryAs(TextField.class);
        waitUntil(company::isFocused);

        // The window takes the robot's keys once clicked; from there on, the keyboard alone.
        robot.clickOn(company).write("ООО Ромашка").type(KeyCode.TAB).write("Ирина").type(KeyCode.TAB).write("8 916 555-00-01")
                .type(KeyCode.TAB).write("Счёт на 10 станков").type(KeyCode.ENTER);
        TableView<InboundRequest> table = robot.lookup("#requestTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> company.getText().isEmpty());
        assertTrue(company.isFocused(), "back on the company for the next one");
        assertEquals("Счёт на 10 станков", table.getItems().get(0).wants());
        assertEquals("Request from ООО Ромашка saved: it waits for someone on shift or on duty.",
                text(robot, ".inbound #noticeLabel"));

        // A number that is none: said, nothing saved, what was typed stays to be put right.
        robot.write("ООО Вторая").type(KeyCode.TAB).type(KeyCode.TAB).write("12").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, ".inbound #noticeLabel").equals("“12” is not a phone number."));
        assertEquals(1, table.getItems().size());
        assertEquals("ООО Вторая", company.getText());
    }

    @Test
    void theCallersIdleScreenShowsARequestGivenFromAnotherWindowWithWhatTheyWant(FxRobot robot) {
        Fx.signIn(robot, "Вера", "8642");
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.type(KeyCode.DIGIT6); // a qualified lead: her queue is empty now
        waitUntil(() -> robot.lookup("#emptyQueuePane").query().isVisible());

        // On shift, and a request entered at the supervisor's PC.
        try (var supervisor = TestBase.open(base.file, base.clock)) {
            supervisor.signIn().signIn(base.supervisor.id(), TestBase.PIN);
            long now = base.clock.millis();
            supervisor.database().dsl().insertInto(SHIFTS).set(SHIFTS.CALLER_ID, (int) vera.id())
                    .set(SHIFTS.STARTED_AT, now).set(SHIFTS.PLANNED_END_AT, now + 4 * 3_600_000).execute();
            var entered = supervisor.inboundRequests().enter(new NewRequest("ООО Заявка", "Ирина", "+7 916 555-00-02",
                    "Счёт на 10 станков", "site form"));
            assertEquals(vera.id(), entered.callerId());
        }
        base.clock.advance(Duration.ofSeconds(10));
        waitUntil(() -> text(robot, "#companyLabel").equals("ООО Заявка"));
        Node banner = robot.lookup("#inboundBox").query();
        waitUntil(() -> banner.isVisible() && text(robot, "#inboundWants").equals("Счёт на 10 станков"));
        assertTrue(text(robot, "#inboundTitle").contains("Ирина"), text(robot, "#inboundTitle"));
        assertSame(banner, robot.lookup(".inbound-request").query());
    }
}
