package app.obzvon.ui.scripteditor;

import app.obzvon.call.CallDetails;
import app.obzvon.queue.QueueFilter;
import app.obzvon.script.Answer;
import app.obzvon.script.PathStep;
import app.obzvon.script.Script;
import app.obzvon.script.ScriptFormat;
import app.obzvon.script.ScriptPath;
import app.obzvon.script.ScriptProblem.Kind;
import app.obzvon.script.ScriptStep;
import app.obzvon.script.ScriptVersion;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's state and its saving, without a window: a real database, work done at once. */
class ScriptEditorViewModelTest {

    @TempDir
    Path folder;
    TestBase base;
    ScriptEditorViewModel model;
    int savedCalls;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        model = new ScriptEditorViewModel(new SynchronousTasks(), base.services,
                DraftTexts.of(new I18n(Locale.ENGLISH)), () -> savedCalls++);
    }

    @AfterEach
    void close() {
        base.close();
    }

    static Script sales() {
        return new Script("Sales", List.of(
                new ScriptStep("greeting", "Greeting", "Hello, {person}! Is this {company}?",
                        List.of(new Answer("Yes", "offer"), new Answer("No", "bye")), null),
                new ScriptStep("offer", "Offer", "We sell paper in {city}.", List.of(), "qualified_lead"),
                new ScriptStep("bye", "Goodbye", "Sorry, goodbye.", List.of(), "wrong_number")),
                "Objections", List.of(
                new ScriptStep("expensive", "Too expensive", "We are cheaper than you think.", List.of(), null)));
    }

    private ScriptVersion stored(Script script) {
        var version = base.services.scripts().create(script);
        model.load();
        return version;
    }

    private List<Kind> kinds() {
        return model.problems().stream().map(p -> p.kind()).toList();
    }

    private StepDraft step(String key) {
        return model.draft().find(key).orElseThrow();
    }

    @Test
    void anEmptyLibraryStartsANewScriptThatSavesAsVersionOne() {
        model.load();
        assertNull(model.loadedProperty().get());
        assertEquals("New script", model.draft().nameProperty().get());
        assertEquals(List.of(), model.problems(), "the template can be saved as it is");
        assertTrue(model.canSaveProperty().get());

        model.draft().nameProperty().set("Cold call");
        model.save();

        assertEquals(Notice.info("scripteditor.saved.new", 1), model.noticeProperty().get());
        var all = base.services.scripts().all();
        assertEquals(1, all.size());
        assertEquals("Cold call", all.get(0).name());
        assertEquals(model.draft().toScript(), base.services.scripts().latest(all.get(0).scriptId()).orElseThrow().script());
        assertEquals(all, model.scripts());
        assertFalse(model.dirtyProperty().get());
        assertFalse(model.canSaveProperty().get(), "nothing new to save");
        assertEquals(1, savedCalls);
    }

    @Test
    void opensTheFirstScriptAndItsFirstStep() {
        stored(sales());
        assertEquals(sales(), model.draft().toScript());
        assertEquals("greeting", model.stepProperty().get().key());
        assertFalse(model.dirtyProperty().get());
        assertEquals(List.of(), model.problems());
    }

    @Test
    void aNewStepIsAProblemUntilAnAnswerLeadsToItAndItHasText() {
        stored(sales());
        model.stepProperty().set(step("greeting"));
        var added = model.addStep();
        assertEquals("step", added.key());
        assertEquals(List.of("greeting", "step", "offer", "bye"), keys(model.draft().steps()));
        assertEquals(added, model.stepProperty().get());
        assertTrue(kinds().containsAll(List.of(Kind.EMPTY_TEXT, Kind.UNREACHABLE, Kind.DEAD_END)), kinds().toString());
        assertFalse(model.canSaveProperty().get());

        added.textProperty().set("May I ask a question?");
        added.outcomeProperty().set("call_back");
        model.stepProperty().set(step("greeting"));
        var answer = model.addAnswer();
        assertEquals("step", answer.nextProperty().get(), "a new answer leads to the step after this one");
        assertTrue(kinds().contains(Kind.EMPTY_ANSWER));
        answer.saidProperty().set("Maybe");

        assertEquals(List.of(), model.problems());
        assertTrue(model.canSaveProperty().get());
        model.save();
        var latest = base.services.scripts().all().get(0);
        assertEquals(1, latest.latestVersion(), "no call used version 1: it is rewritten");
        assertEquals(Notice.info("scripteditor.saved.same", 1), model.noticeProperty().get());
        var saved = base.services.scripts().latest(latest.scriptId()).orElseThrow().script();
        assertEquals(new Answer("Maybe", "step"), saved.step("greeting").orElseThrow().answers().get(2));
    }

    @Test
    void stepsAndAnswersMoveWithinTheirListAndDeleting() {
        stored(sales());
        model.stepProperty().set(step("offer"));
        model.moveStep(1);
        assertEquals(List.of("greeting", "bye", "offer"), keys(model.draft().steps()));
        model.moveStep(1);
        assertEquals(List.of("greeting", "bye", "offer"), keys(model.draft().steps()), "already last");
        assertEquals("offer", model.stepProperty().get().key(), "the moved step stays selected");

        var objection = model.addObjection();
        assertEquals(List.of("expensive", "objection"), keys(model.draft().objections()));
        model.moveStep(-1);
        assertEquals(List.of("objection", "expensive"), keys(model.draft().objections()));
        assertEquals(List.of("greeting", "bye", "offer"), keys(model.draft().steps()), "objections stay objections");
        model.deleteStep();
        assertFalse(model.draft().find(objection.key()).isPresent());
        assertEquals("expensive", model.stepProperty().get().key(), "its neighbour is selected");

        model.stepProperty().set(step("greeting"));
        var answers = step("greeting").answers();
        model.moveAnswer(answers.get(1), -1);
        assertEquals("No", answers.get(0).saidProperty().get());
        model.deleteAnswer(answers.get(0));
        assertEquals(1, answers.size());
        assertTrue(kinds().contains(Kind.UNREACHABLE), "no answer leads to bye any more");

        model.stepProperty().set(step("offer"));
        model.deleteStep();
        assertTrue(kinds().contains(Kind.DANGLING_ANSWER), kinds().toString());
        assertEquals(List.of("greeting", "bye"), keys(model.draft().steps()));
    }

    @Test
    void renamingAKeyTakesTheAnswersAlong() {
        stored(sales());
        model.renameKey(step("offer"), "  proposal ");
        assertEquals("proposal", model.draft().steps().get(1).key());
        assertEquals("proposal", step("greeting").answers().get(0).nextProperty().get());
        assertEquals(List.of(), model.problems());

        model.renameKey(step("proposal"), "a key with spaces");
        assertTrue(kinds().contains(Kind.BAD_KEY), "the text format could not read it back");
        assertFalse(model.canSaveProperty().get());
    }

    @Test
    void aScriptCallsUsedGetsANewVersionOnSave() {
        var version = stored(sales());
        base.addCompanies("Alpha");
        var queue = base.queue(QueueFilter.any());
        base.log(base.next(queue), queue, "busy", CallDetails.none()
                .withScript(new ScriptPath(version.id(), List.of(new PathStep("greeting", null)))));

        step("offer").textProperty().set("We sell paper and pens in {city}.");
        assertTrue(model.dirtyProperty().get());
        model.save();

        assertEquals(Notice.info("scripteditor.saved.new", 2), model.noticeProperty().get());
        var versions = base.services.scripts().versions(version.scriptId());
        assertEquals(2, versions.size());
        assertEquals(sales(), versions.get(0).script(), "the version the call was read from is kept");
        assertEquals("We sell paper and pens in {city}.", versions.get(1).script().step("offer").orElseThrow().text());
        assertEquals(2, model.loadedProperty().get().number());
        assertEquals(2, model.scripts().get(0).latestVersion());
    }

    @Test
    void saveIsRefusedWhileThereAreProblems() {
        var version = stored(sales());
        step("offer").textProperty().set("  ");
        assertEquals(List.of(Kind.EMPTY_TEXT), kinds());
        model.save();
        assertEquals(sales(), base.services.scripts().latest(version.scriptId()).orElseThrow().script());
        assertNull(model.noticeProperty().get());
    }

    @Test
    void aFileWithProblemsImportsNothingAndSaysWhereTheyAre() throws Exception {
        stored(sales());
        var file = folder.resolve("broken.md");
        Files.writeString(file, "# Broken\n\n## greeting: Hello\nHello!\n- \"Yes\"\n\n## bad: Bad\n- \"x\" -> nowhere\n",
                StandardCharsets.UTF_8);
        model.importFile(file);

        assertEquals(1, base.services.scripts().all().size(), "nothing saved");
        var problems = model.fileProblemsProperty().get();
        assertNotNull(problems);
        assertEquals("broken.md", problems.file());
        assertEquals(Kind.ANSWER_WITHOUT_TARGET, problems.problems().get(0).kind());
        assertEquals(5, problems.problems().get(0).line());
        assertEquals(Notice.error("scripteditor.import.failed", "broken.md"), model.noticeProperty().get());
        assertEquals(sales(), model.draft().toScript(), "the draft is untouched");

        step("offer").titleProperty().set("Offer!");
        assertNull(model.fileProblemsProperty().get(), "the next edit shows the draft's own problems again");
    }

    @Test
    void aGoodFileBecomesANewScriptAndExportsAsItsText() throws Exception {
        stored(sales());
        var file = folder.resolve("retail.md");
        var retail = new Script("Retail", List.of(new ScriptStep("hi", "Hi", "Hi, {person}!", List.of(), "busy")),
                "Objections", List.of());
        Files.writeString(file, ScriptFormat.write(retail), StandardCharsets.UTF_8);
        model.importFile(file);

        assertEquals(2, base.services.scripts().all().size());
        assertEquals(retail, model.draft().toScript());
        assertEquals(1, model.loadedProperty().get().number());
        assertEquals(Notice.info("scripteditor.imported", "Retail", "retail.md"), model.noticeProperty().get());

        assertEquals("Retail.md", model.suggestedFileName());
        var out = folder.resolve("out.md");
        model.exportTo(out);
        assertEquals(ScriptFormat.write(retail), Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(Notice.info("scripteditor.exported", 1, "out.md"), model.noticeProperty().get());
    }

    @Test
    void aFileInTheOldWindowsEncodingIsReadToo() throws Exception {
        model.load();
        var file = folder.resolve("old.txt");
        var script = new Script("Звонок", List.of(new ScriptStep("hi", "Привет", "Добрый день!", List.of(), "busy")),
                "Возражения", List.of());
        Files.write(file, ScriptFormat.write(script).getBytes(java.nio.charset.Charset.forName("windows-1251")));
        model.importFile(file);
        assertEquals(script, model.draft().toScript());
    }

    @Test
    void aQueueIsGivenTheScript() {
        var version = stored(sales());
        base.queue(QueueFilter.any());
        model.load();
        assertEquals(List.of(), model.usedBy());
        var queue = model.queues().get(0);
        model.queueChoiceProperty().set(queue);
        model.useForQueue();

        assertEquals(version.scriptId(), base.inTx(tx -> base.services.queues().all(tx)).get(0).scriptId());
        assertEquals(List.of("Queue"), model.usedBy().stream().map(q -> q.name()).toList());
        assertEquals("Sales", model.scriptName(model.queues().get(0)));
        assertEquals(1, savedCalls, "the main window reloads the queue's script");
    }

    @Test
    void thePreviewFollowsTheDraftAndKeepsItsPlace() {
        stored(sales());
        var preview = model.preview().walk();
        assertEquals("Hello, John Smith! Is this Example Ltd?", preview.currentProperty().get().text());
        preview.answer(0);
        assertEquals("We sell paper in London.", preview.currentProperty().get().text());
        assertEquals("qualified_lead", preview.suggestedOutcomeProperty().get());

        step("offer").textProperty().set("We sell pens in {city}.");
        assertEquals("We sell pens in London.", preview.currentProperty().get().text(), "still at the offer");
        preview.objection(0);
        step("expensive").titleProperty().set("Costs too much");
        assertEquals("Costs too much", preview.currentProperty().get().title());
        assertTrue(preview.inObjectionProperty().get());

        model.restartPreview();
        assertEquals("greeting", preview.currentProperty().get().key());
    }

    private static List<String> keys(List<StepDraft> steps) {
        return steps.stream().map(StepDraft::key).toList();
    }
}
