package app.obzvon.ui.workstation;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.TableView;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real caller window on a real database file, driven headless by TestFX. */
@ExtendWith(ApplicationExtension.class)
class WorkstationWindowTest {

    @TempDir
    Path folder;
    TestBase base;
    WorkstationWindow window;
    final List<String> dialed = new ArrayList<>();
    /** Whether a softphone takes the links; false: no program on the PC opens them. */
    volatile boolean dialerAccepts = true;
    final app.obzvon.testing.PresetFiles files = new app.obzvon.testing.PresetFiles();

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        base.addCompanies("Alpha", "Bravo", "Charlie");
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(TestBase.company("Large Corp",
                CompanySize.LARGE))));
        base.inTx(tx -> base.services.queues().add(tx, new NewQueue("Small business", new QueueFilter(Set.of(),
                Set.of(CompanySize.SMALL), null, null, null), null, 80)));
        base.inTx(tx -> base.services.queues().add(tx, new NewQueue("Large", new QueueFilter(Set.of(),
                Set.of(CompanySize.LARGE), null, null, null), null, 40)));
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> {
            dialed.add(uri);
            accepted.accept(dialerAccepts);
        }, () -> { }, files);
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

    @Test
    void showsTheFirstContactOfTheFirstQueueWithItsProgress(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        assertEquals("Calls: 0 of 80", text(robot, "#callsLabel"));
        assertEquals("+7 495 123-45-67", text(robot, ".phone"));
    }

    @Test
    void pickingAQueueShowsItsContacts(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.interact(() -> window.model().queueProperty().set(window.model().queues().get(1)));
        waitUntil(() -> text(robot, "#companyLabel").equals("Large Corp"));
        assertEquals("Calls: 0 of 40", text(robot, "#callsLabel"));
    }

    @Test
    void anOutcomeByClickShowsTheNextContactAndCountsTheCall(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.clickOn("#outcome-no_answer");
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        assertEquals("Calls: 1 of 80", text(robot, "#callsLabel"));
        assertEquals(1, reread((s, tx) -> s.calls().history(tx, 1)).size());
    }

    @Test
    void anOutcomeByKeyShowsTheNextContactAndIsStored(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.type(KeyCode.DIGIT6);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        assertEquals("Leads: 1", text(robot, "#leadsLabel"));
        assertEquals(ContactStatus.QUALIFIED, reread((s, tx) -> s.contacts().find(tx, 1)).orElseThrow().status());
    }

    @Test
    void callBackTomorrowMorningSchedulesTheCallback(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#callbackBar").query().isVisible());
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));

        var alpha = reread((s, tx) -> s.contacts().find(tx, 1)).orElseThrow().state();
        assertEquals(NextCallKind.CALLBACK, alpha.nextCallKind());
        var tomorrowTen = LocalDate.of(2026, 11, 24).atTime(LocalTime.of(10, 0)).atZone(TestBase.ZONE).toInstant();
        assertEquals(tomorrowTen, alpha.nextCallAt());
        assertEquals(ContactStatus.CONTACT_1, alpha.status());
    }

    @Test
    void escapeCancelsACallBackWithoutLoggingAnything(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#reasonBar").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#outcomeBar").query().isVisible());
        assertEquals("Alpha", text(robot, "#companyLabel"));
        robot.type(KeyCode.DIGIT4);
        robot.clickOn("#reason-CRISIS");
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        assertEquals("CRISIS", reread((s, tx) -> s.calls().history(tx, 1)).get(0).refusalReason());
    }

    @Test
    void undoRestoresTheLastOutcome(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.type(KeyCode.DIGIT5);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        waitUntil(() -> !robot.lookup("#undoButton").query().isDisabled());
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        assertEquals("Calls: 0 of 80", text(robot, "#callsLabel"));
        assertEquals(ContactStatus.NEW, reread((s, tx) -> s.contacts().find(tx, 1)).orElseThrow().status());
        assertTrue(reread((s, tx) -> s.calls().history(tx, 1)).isEmpty());
    }

    @Test
    void theCardShowsWhoCalledAndHowTheStatusMoved(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#callbackBar").query().isVisible());
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        base.clock.advance(java.time.Duration.ofMinutes(61));
        robot.type(KeyCode.DIGIT1);
        // The callback fell due: Alpha comes first, with its history.
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        waitUntil(() -> !robot.lookup("#historyList .list-cell").queryAll().isEmpty());
        var first = robot.lookup("#historyList .list-cell").nth(0).queryLabeled().getText();
        assertTrue(first.contains(" · Анна · Call back · New → Contact 1 · → "), first);
    }

    @Test
    void theCallersCallbacksOpenWithOneKey(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#callbackBar").query().isVisible());
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));

        robot.push(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#callbacksTable").tryQuery().isPresent()
                && !robot.lookup("#callbacksTable").queryTableView().getItems().isEmpty());
        TableView<app.obzvon.ui.callbacks.CallbacksViewModel.Row> table = robot.lookup("#callbacksTable").query();
        assertEquals("Alpha", table.getItems().get(0).callback().company());
        assertEquals("later today", table.getColumns().get(4).getCellData(0));
        app.obzvon.testing.Fx.closeDialogs(robot);
    }

    @Test
    void theNoteIsSavedAndDigitsTypedInItLogNothing(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.type(KeyCode.N);
        robot.write("call after 3pm, ext 12");
        robot.type(KeyCode.ESCAPE);
        assertEquals("Alpha", text(robot, "#companyLabel"), "digits in the note logged no outcome");
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        var history = reread((s, tx) -> s.calls().history(tx, 1));
        assertEquals(1, history.size());
        assertEquals("call after 3pm, ext 12", history.get(0).note());
        assertEquals("", robot.lookup("#noteField").queryTextInputControl().getText());
    }

    @Test
    void anEmptyQueueSaysWhenTheNextRetryFallsDue(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.interact(() -> window.model().queueProperty().set(window.model().queues().get(1)));
        waitUntil(() -> text(robot, "#companyLabel").equals("Large Corp"));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#emptyQueuePane").query().isVisible());
        assertEquals("Next retry falls due 23 Nov 12:00: Large Corp.", text(robot, "#upcomingLabel"));
        assertFalse(robot.lookup("#workPane").query().isVisible());
        // When it falls due, the empty queue wakes up by itself: no key, no stale "falls due 12:00".
        base.clock.advance(java.time.Duration.ofHours(2));
        waitUntil(() -> robot.lookup("#workPane").query().isVisible());
        assertEquals("Large Corp", text(robot, "#companyLabel"));
    }

    @Test
    void theCallButtonDialsThroughTheSoftphone(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> !dialed.isEmpty());
        assertEquals(List.of("tel:+74951234567"), dialed);
        waitUntil(() -> text(robot, "#noticeLabel").equals("Calling +7 495 123-45-67 with your softphone…"));
    }

    @Test
    void withNoSoftphoneTheScreenSaysSoInsteadOfCalling(FxRobot robot) {
        dialerAccepts = false;
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#noticeLabel").startsWith("No program on this PC opens phone links"));
    }

    /** The status line had five writers: after F1 wrote it directly, an equal notice was never shown again. */
    @Test
    void theSameNoticeAfterTheKeyListIsShownAgain(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.interact(() -> window.model().setDailyTarget(90));
        waitUntil(() -> text(robot, "#noticeLabel").contains("90"));
        var targetSet = text(robot, "#noticeLabel");
        robot.push(KeyCode.F1);
        waitUntil(() -> text(robot, "#noticeLabel").startsWith("1–9"));
        robot.interact(() -> window.model().setDailyTarget(90));
        waitUntil(() -> text(robot, "#noticeLabel").equals(targetSet));
    }

    @Test
    void aTargetPresetChangesTheProgressAndIsStored(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.push(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        robot.clickOn("Retail (150 a day): 150");
        waitUntil(() -> text(robot, "#callsLabel").equals("Calls: 0 of 150"));
        assertEquals(150, reread((s, tx) -> s.queues().all(tx)).get(0).dailyTarget());
        assertEquals("Alpha", text(robot, "#companyLabel"));
    }

    @Test
    void switchingToRussianKeepsTheContactAndIsRemembered(FxRobot robot) {
        waitUntil(() -> text(robot, "#companyLabel").equals("Alpha"));
        robot.clickOn("Workstation").clickOn("Language").clickOn("Русский");
        waitUntil(() -> text(robot, "#callsLabel").equals("Звонков: 0 из 80"));
        assertEquals("Alpha", text(robot, "#companyLabel"));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> text(robot, "#companyLabel").equals("Bravo"));
        assertEquals(java.util.Optional.of(java.util.Locale.forLanguageTag("ru")), reread((s, tx) -> s.settings()
                .language(tx)));
    }

    /** A second connection sees only what was committed: the test reads what a restart would. */
    private <T> T reread(java.util.function.BiFunction<app.obzvon.Services, app.obzvon.common.Tx, T> read) {
        var services = app.obzvon.Services.open(base.file, base.clock);
        opened.add(services);
        return services.database().read(tx -> read.apply(services, tx));
    }

    private final List<app.obzvon.Services> opened = new ArrayList<>();

    @AfterEach
    void closeReopened() {
        opened.forEach(app.obzvon.Services::close);
    }


}
