package app.obzvon.ui.workstation;

import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Works the demo base through the real window, as a new caller would, and renders each screen to
 * {@code target/screenshots} (the README shows copies from {@code docs/screenshots}).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {

    static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path folder;
    Stage stage;
    final app.obzvon.testing.MutableClock clock = new app.obzvon.testing.MutableClock(TestBase.MORNING, TestBase.ZONE);
    Path file;
    final app.obzvon.testing.PresetFiles files = new app.obzvon.testing.PresetFiles();
    WorkstationWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        file = folder.resolve("obzvon.db");
    }

    @AfterEach
    void stop() {
        app.obzvon.testing.Fx.closeDialogs(new FxRobot());
        window.close();
    }

    /** A new base (nobody in it yet) in this language, opened in the window. */
    private void open(FxRobot robot, Locale language) {
        try (var services = TestBase.open(file, clock)) {
            services.database().inTransaction(tx -> {
                services.settings().saveLanguage(tx, language);
                return null;
            });
        }
        openWindow(robot);
    }

    private void openWindow(FxRobot robot) {
        robot.interact(() -> {
            window = new WorkstationWindow(stage, new BackgroundTasks(), clock, (uri, accepted) -> accepted.accept(true), () -> { }, files);
            window.open(file);
        });
    }

    /** The first start by keyboard: the name, Tab, the PIN twice, Enter (the demo base). */
    private void firstStart(FxRobot robot) {
        waitUntil(() -> robot.lookup("#firstStartPane").query().isVisible());
        robot.write("Anna");
        robot.type(KeyCode.TAB).write(TestBase.PIN).type(KeyCode.TAB).write(TestBase.PIN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.model().screenProperty().get() == Screen.CONTACT);
    }

    @Test
    void englishFirstStartThenTheDemoBaseByKeyboard(FxRobot robot) throws IOException {
        open(robot, Locale.ENGLISH);
        waitUntil(() -> robot.lookup("#firstStartPane").query().isVisible());
        shoot(robot, "first-start-en");

        firstStart(robot);
        String first = company(robot);
        shoot(robot, "calling-en");

        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> !company(robot).equals(first));
        String[] second = {company(robot)};
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#callbackBar").query().isVisible());
        shoot(robot, "callback-en");
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#outcomeBar").query().isVisible());
        assertEquals("Calls: 2 of 90", text(robot, "#callsLabel"));

        // An hour on, the callback comes first, its card with who called and how the status moved.
        String calledBack = second[0];
        clock.advance(java.time.Duration.ofMinutes(61));
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> company(robot).equals(calledBack));
        // The list's first cell is filled in a pulse after it shows: its text may still be null.
        waitUntil(() -> !robot.lookup("#historyList .list-cell").queryAll().isEmpty()
                && robot.lookup("#historyList .list-cell").nth(0).queryLabeled().getText() != null);
        var firstCall = robot.lookup("#historyList .list-cell").nth(0).queryLabeled().getText();
        assertTrue(firstCall.contains("Anna · Call back · New → Contact 1"), firstCall);
        shoot(robot, "history-en");
    }

    @Test
    void russianChosenInTheSettingsWinsOverTheSystemLanguage(FxRobot robot) throws IOException {
        open(robot, Locale.forLanguageTag("ru"));
        firstStart(robot);
        assertEquals("Звонков: 0 из 90", text(robot, "#callsLabel"));
        // The name field is hidden now but kept the focus once: the first digit must still reach the outcome bar.
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#reasonBar").query().isVisible());
        shoot(robot, "calling-ru");
    }

    @Test
    void theImportWizardAndTheHandOverDialog(FxRobot robot) throws IOException {
        var csv = folder.resolve("bitrix24-export.csv");
        Files.write(csv, ("Название компании;Контактное лицо;Рабочий телефон;Город;ИНН;Комментарий\n"
                + "ООО «Северная звезда»;Орлова Мария;8 (495) 123-45-67, доб. 204;Москва;7701234567;тендер весной\n"
                + "АО «Техносталь»;Кузнецов Игорь;+7 343 222-33-44;Екатеринбург;6601234567;\n"
                + "ИП Смирнов А. В.;Смирнов Андрей;8-383-555-66-77;Новосибирск;;только после 14:00\n"
                + "ООО «Северная звезда» (филиал);Орлова Мария;84951234567;Москва;;\n"
                + "ООО «Без номера»;Петров;нет;Казань;;\n").getBytes(java.nio.charset.Charset.forName("windows-1251")));
        files.answer(csv);
        open(robot, Locale.ENGLISH);
        firstStart(robot);
        robot.type(KeyCode.DIGIT6);
        robot.type(KeyCode.DIGIT7);
        waitUntil(() -> robot.lookup("#callbackBar").query().isVisible());
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> text(robot, "#leadsLabel").equals("Leads: 2"));

        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.I, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        robot.clickOn("#chooseButton");
        waitUntil(() -> robot.lookup("#column-1").tryQuery().isPresent());
        robot.clickOn("#checkButton");
        waitUntil(() -> robot.lookup("#summaryBox").query().isVisible());
        shoot(robot, robot.lookup("#summaryBox").query().getScene(), "import-en");
        robot.clickOn("#loadButton");
        waitUntil(() -> text(robot, "#importNotice").equals("3 contacts loaded."));
        robot.interact(() -> robot.lookup("#summaryBox").query().getScene().getWindow().hide());

        robot.clickOn("Base").clickOn("Hand over qualified leads… (Ctrl+E)");
        waitUntil(() -> text(robot, "#matchingLabel").equals("Leads to hand over: 2"));
        shoot(robot, robot.lookup("#matchingLabel").query().getScene(), "export-en");
        // Laying the dialog out once picked a queue by itself (a null item in a ComboBox): not again.
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Leads to hand over: 2", text(robot, "#matchingLabel"));
        assertEquals(java.util.Optional.empty(), robot.lookup("#queueBox").queryComboBox().getValue());
    }

    @Test
    void theScriptEditorOnTheDemoBase(FxRobot robot) throws IOException {
        open(robot, Locale.ENGLISH);
        firstStart(robot);
        try (var services = TestBase.open(file, clock); var tasks = new BackgroundTasks()) {
            services.signIn().signIn(1, TestBase.PIN);
            robot.interact(() -> app.obzvon.ui.scripteditor.ScriptEditorWindow.open(stage, tasks, services,
                    new app.obzvon.ui.common.I18n(Locale.ENGLISH), files, () -> { }));
            waitUntil(() -> robot.lookup("#said-0").tryQuery().isPresent());
            robot.clickOn("#previewHolder #answer-0");
            waitUntil(() -> robot.lookup("#previewHolder #answer-0").tryQuery().isPresent());
            var scene = robot.lookup("#stepList").query().getScene();
            assertEquals(1200, scene.getWidth(), 1);
            shoot(robot, scene, "script-editor");
            app.obzvon.testing.Fx.closeDialogs(robot);
        }
    }

    /** A team's base: the sign-in screen, a wrong PIN, the people and the audit log with an import in it. */
    @Test
    void signInThePeopleAndTheAuditLog(FxRobot robot) throws IOException {
        try (var base = englishBase()) {
            base.services.callingSession().loadDemo(Locale.ENGLISH);
            base.addCaller("Boris Orlov", "1357");
            base.addCaller("Vera Kim", "8642");
            var csv = Files.writeString(folder.resolve("new-base.csv"),
                    "Company;Phone\nNorth Star LLC;+7 495 765-43-21\nTechnosteel;+7 343 222-33-44\n");
            var importer = base.services.importer();
            var options = app.obzvon.importing.SourceOptions.detect();
            importer.importFile(csv, options, importer.preview(csv, options).mapping(),
                    app.obzvon.importing.QueueTarget.none(), app.obzvon.importing.Progress.NONE);
        }
        openWindow(robot);
        app.obzvon.testing.Fx.typePin(robot, "Boris", "0000");
        waitUntil(() -> window.model().noticeProperty().get() != null
                && window.model().noticeProperty().get().key().equals("signin.wrong.pin"));
        robot.clickOn("#signInPane #pinField");
        shoot(robot, "sign-in-en");

        app.obzvon.testing.Fx.signIn(robot, "Anna", TestBase.PIN);
        waitUntil(() -> window.model().screenProperty().get() == Screen.CONTACT);
        robot.clickOn("Team").clickOn("People…");
        waitUntil(() -> robot.lookup("#peopleTable").tryQuery().isPresent()
                && robot.lookup("#peopleTable").queryTableView().getItems().size() == 3);
        shoot(robot, robot.lookup("#peopleTable").query().getScene(), "people-en");
        app.obzvon.testing.Fx.closeDialogs(robot);

        robot.clickOn("Team").clickOn("Audit log…");
        waitUntil(() -> robot.lookup("#auditTable").tryQuery().isPresent()
                && !robot.lookup("#auditTable").queryTableView().getItems().isEmpty());
        var rows = robot.lookup("#auditTable").<app.obzvon.audit.AuditEntry>queryTableView().getItems();
        assertEquals(1, rows.stream().filter(r -> r.action() == app.obzvon.audit.AuditAction.IMPORT
                && r.subject().equals("new-base.csv") && r.count() == 2).count(), rows.toString());
        assertEquals(1, rows.stream().filter(r -> r.action() == app.obzvon.audit.AuditAction.SIGN_IN_FAILED).count());
        shoot(robot, robot.lookup("#auditTable").query().getScene(), "audit-en");
    }

    /** A caller's day under the conveyor's rules: the queue editor, the callbacks and the expired companies. */
    @Test
    void theQueueEditorTheCallbacksAndTheExpiredCompanies(FxRobot robot) throws IOException {
        try (var base = englishBase()) {
            base.services.callingSession().loadDemo(Locale.ENGLISH);
            var session = base.services.callingSession();
            var queue = session.queues().get(0);
            var callBack = base.outcome("call_back");
            // Five weeks ago: a company that never became a lead; its 30 days are over.
            base.clock.set(TestBase.MORNING.minus(java.time.Duration.ofDays(35)));
            var shown = session.open(queue).contact();
            shown = session.log(shown.id(), callBack, new app.obzvon.call.CallDetails(null,
                    base.clock.instant().plus(java.time.Duration.ofDays(40)), null), base.clock.instant()).next().contact();
            // This morning: one promise missed, one overdue, two later today.
            base.clock.set(TestBase.MORNING.minus(java.time.Duration.ofHours(3)));
            for (var later : List.of(java.time.Duration.ofMinutes(60), java.time.Duration.ofMinutes(160),
                    java.time.Duration.ofMinutes(300), java.time.Duration.ofMinutes(420))) {
                shown = session.log(shown.id(), callBack, new app.obzvon.call.CallDetails(null,
                        base.clock.instant().plus(later), null), base.clock.instant()).next().contact();
            }
            session.leave();
            // The do-not-call list: one number a call put there, one the supervisor added.
            var card = base.inTx(tx -> base.services.contacts().find(tx, base.services.queues().lastContactId(tx)))
                    .orElseThrow();
            base.services.doNotCallList().add("+7 (495) 765-43-21");
            base.services.doNotCallList().add(card.phones().get(0).written());
        }
        openWindow(robot);
        app.obzvon.testing.Fx.signIn(robot, "Anna", TestBase.PIN);
        waitUntil(() -> window.model().screenProperty().get() == Screen.CONTACT);
        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.U, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueList").tryQuery().isPresent()
                && !robot.lookup("#nameField").queryTextInputControl().getText().isEmpty());
        shoot(robot, robot.lookup("#queueList").query().getScene(), "queues-en");
        app.obzvon.testing.Fx.closeDialogs(robot);

        robot.clickOn("Base").clickOn("Outcomes and rules…");
        waitUntil(() -> robot.lookup("#outcomeList").tryQuery().isPresent()
                && robot.lookup("#outcomeList").queryListView().getItems().size() == 8);
        robot.interact(() -> robot.lookup("#outcomeList").queryListView().getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#codeLabel").queryLabeled().getText().equals("no_answer"));
        shoot(robot, robot.lookup("#outcomeList").query().getScene(), "rules-en");
        app.obzvon.testing.Fx.closeDialogs(robot);

        robot.clickOn("Base").clickOn("Do-not-call list…");
        waitUntil(() -> robot.lookup("#numberTable").tryQuery().isPresent()
                && robot.lookup("#numberTable").queryTableView().getItems().size() == 2);
        shoot(robot, robot.lookup("#numberTable").query().getScene(), "do-not-call-en");
        app.obzvon.testing.Fx.closeDialogs(robot);

        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.B, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#callbacksTable").tryQuery().isPresent()
                && robot.lookup("#callbacksTable").queryTableView().getItems().size() == 4);
        shoot(robot, robot.lookup("#callbacksTable").query().getScene(), "callbacks-en");
        robot.clickOn("Deadline passed");
        waitUntil(() -> robot.lookup("#expiredTable").queryTableView().getItems().size() == 1);
        shoot(robot, robot.lookup("#expiredTable").query().getScene(), "expired-en");
    }

    /** The KPI planner filled with seed 003's backward planning, over a team of three on shifts of their own. */
    @Test
    void theKpiPlannerWithTheSeedsExample(FxRobot robot) throws IOException {
        try (var base = englishBase()) {
            var boris = base.addCaller("Boris Orlov", "1357");
            base.addCaller("Vera Kim", "8642");
            base.addCaller("Gleb Ivanov", "9753");
            base.services.targets().set(boris.id(), new app.obzvon.team.CallerTarget(90, 5, null,
                    java.time.Duration.ofHours(4)));
            base.services.callingSession().loadDemo(Locale.ENGLISH);
        }
        openWindow(robot);
        app.obzvon.testing.Fx.signIn(robot, "Anna", TestBase.PIN);
        waitUntil(() -> window.model().screenProperty().get() == Screen.CONTACT);
        robot.clickOn("Team").clickOn("KPI planner…");
        waitUntil(() -> robot.lookup("#workingDaysField").tryQuery().isPresent()
                && robot.lookup("#workingDaysField").queryTextInputControl().getText().equals("21"));
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("#goalField", "400,000");
        fields.put("#marginField", "20");
        fields.put("#dealField", "50,000");
        var rates = List.of("25", "10", "50", "80", "50", "50");
        for (var c : app.obzvon.planning.Conversion.values()) {
            fields.put("#conversion-" + c.name(), rates.get(c.ordinal()));
        }
        robot.clickOn("#profitRadio");
        robot.interact(() -> fields.forEach((id, value) -> robot.lookup(id).queryTextInputControl().setText(value)));
        robot.clickOn("#saveButton");
        waitUntil(() -> text(robot, "#savedLabel").startsWith("Saved by Anna Smirnova"));
        assertEquals("Callers needed: 10 at 80 calls a day each", text(robot, "#callersNeededLabel"));
        shoot(robot, robot.lookup("#arithmeticBox").query().getScene(), "planner-en");
    }

    /** The supervisor's inbound requests on a morning: given in turn, one answered, two waiting too long. */
    @Test
    void theInboundRequests(FxRobot robot) throws IOException {
        try (var base = englishBase()) {
            base.services.callingSession().loadDemo(Locale.ENGLISH);
            var boris = base.addCaller("Boris Orlov", "1357");
            var vera = base.addCaller("Vera Kim", "8642");
            var inbound = base.services.inboundRequests();
            inbound.saveSettings(new app.obzvon.inbound.InboundSettings(app.obzvon.inbound.Handout.TURNS,
                    java.time.Duration.ofMinutes(20)));
            var today = java.time.LocalDate.now(base.clock);
            inbound.setDuty(today, app.obzvon.inbound.HalfDay.MORNING, vera.id());
            inbound.setDuty(today, app.obzvon.inbound.HalfDay.AFTERNOON, boris.id());
            inbound.setDuty(today.plusDays(1), app.obzvon.inbound.HalfDay.MORNING, boris.id());
            base.clock.set(TestBase.MORNING.minus(java.time.Duration.ofMinutes(60)));
            var first = inbound.enter(new app.obzvon.inbound.NewRequest("Northwind Trading", "Olga Petrova",
                    "+7 495 310-22-41", "Invoice for 12 office chairs", "site form"));
            startShift(base, boris, 5);
            inbound.handOut();
            at(base, 20);
            inbound.enter(new app.obzvon.inbound.NewRequest("Blue Lake Hotels", "Igor Sokolov", "+7 812 455-10-20",
                    "Price list for 40 rooms, call after 2 pm", "site form"));
            startShift(base, vera, 25);
            at(base, 30);
            inbound.enter(new app.obzvon.inbound.NewRequest("Orion Logistics", "Maria Lee", "+7 343 201-77-00",
                    "Wants a demo next week", "messenger"));
            at(base, 40);
            try (var borisWindow = TestBase.open(base.file, base.clock)) {
                borisWindow.signIn().signIn(boris.id(), "1357");
                var session = borisWindow.callingSession();
                var shown = session.open(session.queues().get(0)).contact();
                assertEquals(first.contactId(), shown.id());
                session.log(shown.id(), base.outcome("call_back"), new app.obzvon.call.CallDetails(null,
                        base.clock.instant().plus(java.time.Duration.ofDays(1)), null), base.clock.instant());
                session.leave();
            }
            at(base, 55);
            inbound.enter(new app.obzvon.inbound.NewRequest("Bright Windows", null, "+7 495 777-01-02",
                    "Called the office about a quote for 30 windows", "call to the office"));
        }
        openWindow(robot);
        app.obzvon.testing.Fx.signIn(robot, "Anna", TestBase.PIN);
        waitUntil(() -> window.model().screenProperty().get() == Screen.CONTACT);
        robot.clickOn("Team").clickOn("Inbound requests…");
        waitUntil(() -> robot.lookup("#requestTable").tryQuery().isPresent()
                && robot.lookup("#requestTable").queryTableView().getItems().size() == 4);
        robot.clickOn("#companyField").write("Green Valley Farm").type(KeyCode.TAB).write("Pavel Ivanov")
                .type(KeyCode.TAB).write("8 916 200-30-40").type(KeyCode.TAB).write("Asked for prices by e-mail");
        shoot(robot, robot.lookup("#requestTable").query().getScene(), "inbound-en");
    }

    private static void startShift(TestBase base, app.obzvon.access.Person caller, int minutesPastNine) {
        at(base, minutesPastNine);
        long now = base.clock.millis();
        base.services.database().dsl().insertInto(app.obzvon.persistence.jooq.Tables.SHIFTS)
                .set(app.obzvon.persistence.jooq.Tables.SHIFTS.CALLER_ID, (int) caller.id())
                .set(app.obzvon.persistence.jooq.Tables.SHIFTS.STARTED_AT, now)
                .set(app.obzvon.persistence.jooq.Tables.SHIFTS.PLANNED_END_AT, now + 4 * 3_600_000)
                .execute();
    }

    /** The test base's clock at 09:mm this morning. */
    private static void at(TestBase base, int minutesPastNine) {
        base.clock.set(TestBase.MORNING.minus(java.time.Duration.ofMinutes(60 - minutesPastNine)));
    }

    /** At the door of this PC's base: "Connect to a team's server…", filled in as a caller would, over the window. */
    @Test
    void theConnectionDialogAtTheDoor(FxRobot robot) throws IOException {
        try (var base = englishBase()) {
            base.addCaller("Boris Orlov", "1357");
        }
        openWindow(robot);
        waitUntil(() -> robot.lookup("#signInPane").query().isVisible()
                && robot.lookup("#signInPane .list-cell").queryAll().stream()
                .anyMatch(c -> "Boris Orlov".equals(((javafx.scene.control.Labeled) c).getText())));
        robot.clickOn(robot.lookup("#signInPane .connect-link").<javafx.scene.Node>query());
        waitUntil(() -> robot.lookup("#hostField").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#hostField").queryTextInputControl().setText("db.office.local");
            robot.lookup("#baseField").queryTextInputControl().setText("obzvon");
            robot.lookup("#userField").queryTextInputControl().setText("boris");
        });
        robot.clickOn("#passwordField").write("password");
        var dialog = robot.lookup("#connectButton").query().getScene();
        shootOver(robot, dialog, "server-connect-en");
    }

    /**
     * A team's base on the test server, reached through a proxy the test cuts: the caller's key meets
     * a server that does not answer, and the banner says so and that the call was not saved.
     */
    @Test
    @org.junit.jupiter.api.Tag("postgres")
    @ExtendWith(app.obzvon.testing.PostgresExtension.class)
    void theBannerWhenTheServerGoesAway(FxRobot robot, @app.obzvon.testing.PostgresTest.Fresh
            app.obzvon.testing.PostgresDatabase database) throws IOException {
        try (var services = app.obzvon.testing.ServerTeam.open(app.obzvon.testing.ServerBases.address(database), clock)) {
            services.database().inTransaction(tx -> {
                services.settings().saveLanguage(tx, Locale.ENGLISH);
                return null;
            });
            services.signIn().createFirstSupervisor("Anna Smirnova", TestBase.PIN);
            services.callingSession().loadDemo(Locale.ENGLISH);
        }
        try (var proxy = app.obzvon.testing.CuttableProxy.toLocalPostgres()) {
            var address = app.obzvon.testing.ServerTeam.through(proxy, database);
            serverShown = app.obzvon.BaseLocation.Server.shown(address);
            robot.interact(() -> {
                window = new WorkstationWindow(stage, new BackgroundTasks(), clock, (uri, accepted) -> accepted.accept(true),
                        () -> { }, files);
                window.open(address, (String) null);
            });
            app.obzvon.testing.Fx.signIn(robot, "Anna", TestBase.PIN);
            waitUntil(() -> window.model().screenProperty().get() == Screen.CONTACT);
            String first = company(robot);
            proxy.cut();
            robot.type(KeyCode.DIGIT1);
            waitUntil(() -> robot.lookup(".server-banner").query().isVisible());
            assertEquals("Not saved: the call with " + first + " (No answer). Press the key again when the server is back.",
                    text(robot, ".server-banner-detail"));
            shoot(robot, "server-banner-en");
        }
    }

    /** A team's base in English, its supervisor named as the README's pictures name her. */
    private TestBase englishBase() {
        var base = new TestBase(folder);
        base.inTx(tx -> {
            base.services.settings().saveLanguage(tx, Locale.ENGLISH);
            return null;
        });
        base.services.people().rename(base.supervisor.id(), "Anna Smirnova");
        return base;
    }

    private static String company(FxRobot robot) {
        return text(robot, "#companyLabel");
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        shoot(robot, stage.getScene(), name);
    }

    private void shoot(FxRobot robot, javafx.scene.Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        var image = new BufferedImage[1];
        robot.interact(() -> {
            presentable(stage.getScene());
            image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        });
        write(image[0], name);
    }

    /** A dialog shown over the window, as the person sees it: the window dimmed a little, the dialog over its middle. */
    private void shootOver(FxRobot robot, javafx.scene.Scene dialog, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        var images = new BufferedImage[2];
        robot.interact(() -> {
            presentable(stage.getScene());
            images[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
            images[1] = SwingFXUtils.fromFXImage(dialog.snapshot(null), null);
        });
        var window = images[0];
        var over = images[1];
        var g = window.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(31, 41, 51, 70));
        g.fillRect(0, 0, window.getWidth(), window.getHeight());
        int x = (window.getWidth() - over.getWidth()) / 2;
        // A little below the middle: the screen's heading stays in sight, to say where the dialog came from.
        int y = Math.min((window.getHeight() - over.getHeight()) / 2 + 78, window.getHeight() - over.getHeight() - 60);
        for (int i = 8; i >= 1; i--) {
            g.setColor(new java.awt.Color(0, 0, 0, 10));
            g.fillRoundRect(x - i, y - i + 4, over.getWidth() + 2 * i, over.getHeight() + 2 * i, 12, 12);
        }
        g.drawImage(over, x, y, null);
        g.setColor(new java.awt.Color(160, 170, 182));
        g.drawRect(x - 1, y - 1, over.getWidth() + 1, over.getHeight() + 1);
        g.dispose();
        write(window, name);
    }

    /** The server's address as the README shows it, not the test server's throwaway one. */
    private String serverShown;

    /**
     * Where the base is, as a person would see it: this PC's data folder, and a team's server by
     * its name, rather than the test's temporary folder and throwaway database.
     */
    private void presentable(javafx.scene.Scene scene) {
        var labels = new java.util.ArrayList<>(scene.getRoot().lookupAll("#baseLabel"));
        labels.addAll(scene.getRoot().lookupAll(".server-banner-title"));
        for (var node : labels) {
            var label = (javafx.scene.control.Label) node;
            var text = label.getText();
            var tidy = text.replace(folder.resolve("obzvon.db").toString(), "/home/anna/.local/share/obzvon/obzvon.db");
            if (serverShown != null) {
                tidy = tidy.replace(serverShown, "db.office.local/obzvon");
            }
            if (!tidy.equals(text)) {
                label.textProperty().unbind();
                label.setText(tidy);
            }
        }
    }

    private void write(BufferedImage image, String name) throws IOException {
        Files.createDirectories(OUT);
        ImageIO.write(image, "png", OUT.resolve(name + ".png").toFile());
        assertTrue(image.getWidth() >= 700 && image.getHeight() >= 500, "the whole window");
        assertTrue(colours(image) > 50, "a rendered screen, not a blank one");
    }

    private static int colours(BufferedImage image) {
        var seen = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

}
