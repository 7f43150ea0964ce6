package app.obzvon.ui.workstation;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.NewContact;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conveyor's rules on the caller's screen: callbacks that remind, the working list, calling hours. */
@ExtendWith(ApplicationExtension.class)
class ConveyorWindowTest {

    @TempDir
    Path folder;
    TestBase base;
    WorkstationWindow window;

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        base.addCompanies("Alpha", "Bravo");
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(TestBase.company("Large Corp", CompanySize.LARGE),
                new NewContact("Kamchatka Fish", "Olga", List.of("+7 4152 11-22-33"), "Петропавловск-Камчатский",
                        null, ZoneId.of("Asia/Kamchatka"), CompanySize.MEDIUM, "Торговля", "test"))));
        base.inTx(tx -> base.services.queues().add(tx, new NewQueue("Small business", new QueueFilter(Set.of(),
                Set.of(CompanySize.SMALL), null, null, null), null, 80)));
        base.inTx(tx -> base.services.queues().add(tx, new NewQueue("Large", new QueueFilter(Set.of(),
                Set.of(CompanySize.LARGE), null, null, null), null, 40)));
        base.inTx(tx -> base.services.queues().add(tx, new NewQueue("Medium", new QueueFilter(Set.of(),
                Set.of(CompanySize.MEDIUM), null, null, null), null, 40)));
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true),
                () -> { }, new app.obzvon.testing.PresetFiles());
        window.open(base.file);
    }

    @BeforeEach
    void signIn(FxRobot robot) {
        app.obzvon.testing.Fx.signIn(robot);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private void pick(FxRobot robot, int queue) {
        robot.interact(() -> window.model().queueProperty().set(window.model().queues().get(queue)));
    }

    @Test
    void aDueCallbackNotifiesAndWakesTheEmptyQueueAndTheWorkingListCountsIt(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        assertEquals("In work: 0 of 70", text(robot, "#workingListLabel"));
        pick(robot, 1);
        waitUntil(() -> text(robot, "#companyLabel").equals("Large Corp"));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#callbackBar").query().isVisible());
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#emptyQueuePane").query().isVisible());
        assertEquals("Next callback falls due 23 Nov 11:00: Large Corp.", text(robot, "#upcomingLabel"));
        assertEquals("In work: 1 of 70", text(robot, "#workingListLabel"), "Contact 1 is in her work now");

        base.clock.advance(Duration.ofHours(1));
        waitUntil(() -> text(robot, "#companyLabel").equals("Large Corp"));
        waitUntil(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        var texts = robot.lookup(".notification-bar .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(texts.contains("Callback due"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Large Corp Иван Петров: the callback you agreed for 11:00")),
                texts.toString());
    }

    @Test
    void aCompanyOutsideItsCallingHoursWaitsAndTheEmptyScreenSaysWhenTheyOpen(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        // 12:30 in Moscow is 21:30 in Kamchatka.
        base.clock.advance(Duration.ofMinutes(150));
        pick(robot, 2);
        waitUntil(() -> robot.lookup("#emptyQueuePane").query().isVisible());
        assertEquals("Calling hours open 24 Nov 00:00 for Kamchatka Fish (their time 09:00): companies are called"
                + " only in their own working hours.", text(robot, "#upcomingLabel"));

        base.clock.advance(Duration.ofHours(12));
        waitUntil(() -> text(robot, "#companyLabel").equals("Kamchatka Fish"));
    }

    private void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.A, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        robot.write(text);
    }

    @Test
    void theQueueEditorSetsTheCallingHoursAndTheWorkingList(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.U, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueList").tryQuery().isPresent()
                && robot.lookup("#queueList").queryListView().getItems().size() == 3);
        robot.interact(() -> robot.lookup("#queueList").queryListView().getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#nameField").queryTextInputControl().getText().equals("Large"));
        assertEquals("09:00", robot.lookup("#opensField").queryTextInputControl().getText());

        retype(robot, "#nameField", "Large, Moscow");
        retype(robot, "#closesField", "18:30");
        robot.clickOn("#day6");
        retype(robot, "#workingListSpinner .text-field", "50");
        robot.clickOn("#saveButton");
        var dialog = robot.lookup("#queueList").query().getScene().getRoot();
        waitUntil(() -> robot.from(dialog).lookup("#noticeLabel").queryLabeled().getText()
                .startsWith("Queue \"Large, Moscow\" saved"));

        var saved = TestBase.open(base.file, base.clock);
        try {
            var large = saved.database().inTransaction(tx -> saved.queues().all(tx)).get(1);
            assertEquals("Large, Moscow", large.name());
            assertEquals(java.time.LocalTime.of(18, 30), large.hours().closes());
            assertEquals("123456", large.hours().dayDigits());
            assertEquals(50, large.work().workingList());
        } finally {
            saved.close();
        }
        waitUntil(() -> window.model().queues().stream().anyMatch(q -> q.name().equals("Large, Moscow")));

        retype(robot, "#opensField", "nine");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.from(dialog).lookup("#noticeLabel").queryLabeled().getText()
                .startsWith("\"nine\" is not a time of day"));
        app.obzvon.testing.Fx.closeDialogs(robot);
    }

    @Test
    void aSupervisorsOwnOutcomeFromTheRuleTableReachesTheOutcomeBar(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.clickOn("Base").clickOn("Outcomes and rules…");
        waitUntil(() -> robot.lookup("#outcomeList").tryQuery().isPresent()
                && robot.lookup("#outcomeList").queryListView().getItems().size() == 8);
        robot.clickOn("#newCodeField").write("sent_offer");
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#codeLabel").queryLabeled().getText().equals("sent_offer"));
        robot.clickOn("#labelEnField").write("Sent an offer");
        robot.clickOn("#labelRuField").write("Отправил КП");
        robot.interact(() -> robot.lookup("#keyBox").<Integer>queryComboBox().setValue(9));
        robot.clickOn("#activeBox");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#outcome-sent_offer").tryQuery().isPresent());
        assertEquals("9  Sent an offer", robot.lookup("#outcome-sent_offer").queryButton().getText());

        robot.interact(() -> robot.lookup("#keyBox").<Integer>queryComboBox().setValue(1));
        robot.clickOn("#saveButton");
        var dialog = robot.lookup("#outcomeList").query().getScene().getRoot();
        waitUntil(() -> robot.from(dialog).lookup("#noticeLabel").queryLabeled().getText()
                .startsWith("Key 1 is the key of \"no_answer\""));
        app.obzvon.testing.Fx.closeDialogs(robot);
    }

    @Test
    void aProspectCallingBackIsFoundByNumberAndPutOnTheScreen(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queryField").tryQuery().isPresent());
        robot.clickOn("#queryField").write("8 (4152) 11-22-33").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#foundTable").queryTableView().getItems().size() == 1);
        robot.clickOn("#openButton");
        waitUntil(() -> text(robot, "#companyLabel").equals("Kamchatka Fish"));
        assertTrue(robot.lookup("#queryField").tryQuery().isEmpty(), "the search closed");
    }

    @Test
    void aSupervisorCorrectsAFoundCompanysStatusAndNumbers(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queryField").tryQuery().isPresent());
        robot.clickOn("#queryField").write("kamchatka").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#foundTable").queryTableView().getItems().size() == 1);
        robot.clickOn("#correctButton");
        waitUntil(() -> robot.lookup("#companyField").tryQuery().isPresent()
                && robot.lookup("#companyField").queryTextInputControl().getText().equals("Kamchatka Fish"));
        robot.interact(() -> robot.lookup("#statusBox").<app.obzvon.contact.ContactStatus>queryComboBox()
                .setValue(app.obzvon.contact.ContactStatus.STRATEGIC_RESERVE));
        robot.clickOn("#saveButton");
        robot.clickOn("#newPhoneField").write("+7 914 555-66-77");
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#phoneList").queryListView().getItems().size() == 2);
        app.obzvon.testing.Fx.closeDialogs(robot);

        var saved = TestBase.open(base.file, base.clock);
        try {
            var card = saved.database().inTransaction(tx -> saved.contacts().find(tx, 4)).orElseThrow();
            assertEquals(app.obzvon.contact.ContactStatus.STRATEGIC_RESERVE, card.status());
            assertEquals("+79145556677", card.phones().get(1).e164());
        } finally {
            saved.close();
        }
    }
}
