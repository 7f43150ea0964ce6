package app.obzvon.ui.scripteditor;

import app.obzvon.queue.QueueFilter;
import app.obzvon.script.Answer;
import app.obzvon.script.Script;
import app.obzvon.script.ScriptFormat;
import app.obzvon.script.ScriptStep;
import app.obzvon.script.ScriptVersion;
import app.obzvon.testing.Fx;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.common.I18n;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The script editor over a seeded database: edit, see the problems, save, preview, import. */
@ExtendWith(ApplicationExtension.class)
class ScriptEditorWindowTest {

    @TempDir
    Path folder;
    final PresetFiles files = new PresetFiles();
    final BackgroundTasks tasks = new BackgroundTasks();
    Stage stage;
    TestBase base;
    ScriptVersion sales;
    ScriptEditorViewModel model;
    int saved;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        base = new TestBase(folder);
        sales = base.services.scripts().create(ScriptEditorViewModelTest.sales());
        base.queue(QueueFilter.any());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        Fx.closeDialogs(new FxRobot());
        tasks.close();
        base.close();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> model = ScriptEditorWindow.open(stage, tasks, base.services, new I18n(Locale.ENGLISH),
                files, () -> saved++));
        waitUntil(() -> steps(robot).getItems().size() == 3);
    }

    @SuppressWarnings("unchecked")
    private static ListView<StepDraft> steps(FxRobot robot) {
        return (ListView<StepDraft>) robot.lookup("#stepList").query();
    }

    private static List<String> problems(FxRobot robot) {
        ListView<?> list = robot.lookup("#problemList").query();
        return list.getItems().stream().map(p -> ProblemTexts.of(new I18n(Locale.ENGLISH),
                (app.obzvon.script.ScriptProblem) p)).toList();
    }

    private static void type(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).query();
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    private static String preview(FxRobot robot) {
        return ((Label) robot.lookup("#previewHolder #stepText").query()).getText();
    }

    @Test
    void aNewStepIsAProblemUntilAnAnswerLeadsToItThenSaves(FxRobot robot) {
        open(robot);
        assertEquals("Version 1", text(robot, "#versionLabel"));
        assertEquals("No queue reads this script yet.", text(robot, "#usedByLabel"));
        robot.clickOn("2. Offer");
        robot.clickOn("#addStepButton");
        waitUntil(() -> steps(robot).getItems().size() == 4);
        assertEquals("step", steps(robot).getSelectionModel().getSelectedItem().key());
        waitUntil(() -> problems(robot).contains("Step “New step” has no text for the caller to say."));
        assertTrue(problems(robot).contains("No answer leads to step “New step”, so callers never get there."));
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled());

        type(robot, "#titleField", "Budget");
        type(robot, "#stepTextArea", "What budget do you have for paper?");
        ComboBox<Optional<String>> outcome = robot.lookup("#outcomeBox").queryComboBox();
        robot.interact(() -> outcome.setValue(Optional.of("call_back")));
        waitUntil(() -> problems(robot).equals(List.of("No answer leads to step “Budget”, so callers never get there.")));
        assertTrue(robot.lookup("#stepList .list-cell").match(n -> "3. Budget".equals(((Labeled) n).getText()))
                .tryQuery().isPresent(), "the list follows the title as it is typed");

        robot.clickOn("1. Greeting");
        robot.clickOn("#addAnswerButton");
        waitUntil(() -> robot.lookup("#said-2").tryQuery().isPresent());
        type(robot, "#said-2", "How much is it?");
        ComboBox<StepDraft> target = robot.lookup("#target-2").queryComboBox();
        robot.interact(() -> target.setValue(target.getItems().stream().filter(s -> s.key().equals("step"))
                .findFirst().orElseThrow()));
        waitUntil(() -> problems(robot).isEmpty());
        assertEquals("Problems", text(robot, "#problemsTitle"));
        assertEquals("Version 1 · not saved", text(robot, "#versionLabel"));

        Button save = robot.lookup("#saveButton").queryButton();
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> text(robot, "#editorNotice").equals("Saved (version 1, no calls used it yet)."));
        assertEquals(1, saved);
        Script stored = base.services.scripts().latest(sales.scriptId()).orElseThrow().script();
        assertEquals(List.of("greeting", "offer", "step", "bye"), stored.steps().stream().map(ScriptStep::key).toList());
        assertEquals(new ScriptStep("step", "Budget", "What budget do you have for paper?", List.of(), "call_back"),
                stored.step("step").orElseThrow());
        assertEquals(new Answer("How much is it?", "step"), stored.step("greeting").orElseThrow().answers().get(2));
        assertEquals("Version 1", text(robot, "#versionLabel"));

        // Deleting a step leaves the other answers where they led; the one that led to it is a problem.
        robot.clickOn("2. Offer");
        robot.clickOn("#deleteButton");
        waitUntil(() -> problems(robot).contains("An answer in step “Greeting” leads to “offer”, and there is no such step."));
        assertEquals(List.of("offer", "bye", "step"), model.draft().find("greeting").orElseThrow().answers().stream()
                .map(a -> a.nextProperty().get()).toList());
        robot.clickOn("1. Greeting");
        ComboBox<StepDraft> second = robot.lookup("#target-1").queryComboBox();
        assertEquals("bye", second.getValue().key());
    }

    @Test
    void thePreviewShowsTheDraftAsTheCallerSeesItAndFollowsAnswers(FxRobot robot) {
        open(robot);
        waitUntil(() -> preview(robot).equals("Hello, John Smith! Is this Example Ltd?"));
        robot.clickOn("#previewHolder #answer-0");
        waitUntil(() -> preview(robot).equals("We sell paper in London."));

        robot.clickOn("2. Offer");
        type(robot, "#stepTextArea", "Pens too, in {city}.");
        waitUntil(() -> preview(robot).equals("Pens too, in London."));
        robot.clickOn("#restartButton");
        waitUntil(() -> preview(robot).equals("Hello, John Smith! Is this Example Ltd?"));
    }

    @Test
    void importsAFileAndShowsWhereABadOneIsWrong(FxRobot robot) throws Exception {
        open(robot);
        var broken = folder.resolve("broken.md");
        Files.writeString(broken, "# Broken\n\n## greeting: Hello\nHello!\n- \"Yes\"\n", StandardCharsets.UTF_8);
        files.answer(broken);
        robot.clickOn("#importButton");
        waitUntil(() -> text(robot, "#problemsTitle").startsWith("broken.md was not imported"));
        assertEquals("Line 5: An answer does not say which step it leads to (end the line with “-> key”): \"Yes\"",
                problems(robot).get(0));
        assertEquals(1, base.services.scripts().all().size());

        var good = folder.resolve("retail.md");
        var retail = new Script("Retail", List.of(new ScriptStep("hi", "Hi", "Hi, {person}!", List.of(), "busy")),
                "Objections", List.of());
        Files.writeString(good, ScriptFormat.write(retail), StandardCharsets.UTF_8);
        files.answer(good);
        robot.clickOn("#importButton");
        waitUntil(() -> text(robot, "#editorNotice").equals("Imported “Retail” from retail.md."));
        ListView<?> scripts = robot.lookup("#scriptList").query();
        assertEquals(2, scripts.getItems().size());
        assertEquals("Retail", ((TextInputControl) robot.lookup("#nameField").query()).getText());
        assertEquals("Retail", ((app.obzvon.script.ScriptSummary) scripts.getSelectionModel().getSelectedItem()).name());
        assertEquals("Problems", text(robot, "#problemsTitle"));

        robot.clickOn("Sales");
        waitUntil(() -> "Sales".equals(((TextInputControl) robot.lookup("#nameField").query()).getText()));
        ComboBox<?> queues = robot.lookup("#queueBox").queryComboBox();
        robot.interact(() -> queues.getSelectionModel().select(0));
        robot.clickOn("#useButton");
        waitUntil(() -> text(robot, "#usedByLabel").equals("Used by: Queue"));
        assertEquals(sales.scriptId(), base.inTx(tx -> base.services.queues().all(tx)).get(0).scriptId());
    }
}
