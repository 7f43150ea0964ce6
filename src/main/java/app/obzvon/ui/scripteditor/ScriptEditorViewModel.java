package app.obzvon.ui.scripteditor;

import app.obzvon.Services;
import app.obzvon.call.Outcome;
import app.obzvon.common.Errors;
import app.obzvon.queue.CallQueue;
import app.obzvon.script.Script;
import app.obzvon.script.ScriptFormatException;
import app.obzvon.script.ScriptProblem;
import app.obzvon.script.ScriptSummary;
import app.obzvon.script.ScriptVersion;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.Tasks;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The supervisor's script editor: the scripts, the one being edited as a {@link ScriptDraft}, its
 * problems as they are typed, its preview, and saving, importing, exporting and giving it to a
 * queue. Every read and write goes to the services in the background.
 */
public final class ScriptEditorViewModel {

    /** A script file that could not be imported, and why. */
    public record FileProblems(String file, List<ScriptProblem> problems) {
    }

    private final Tasks tasks;
    private final BusyTasks busyTasks;
    private final Services services;
    private final DraftTexts texts;
    private final Runnable onSaved;

    private final ObservableList<ScriptSummary> scripts = FXCollections.observableArrayList();
    private final ObservableList<CallQueue> queues = FXCollections.observableArrayList();
    private final ObservableList<CallQueue> usedBy = FXCollections.observableArrayList();
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();
    private final ScriptDraft draft = new ScriptDraft();
    private final ObjectProperty<StepDraft> step = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ScriptVersion> loaded = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ScriptProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FileProblems> fileProblems = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<CallQueue> queueChoice = new SimpleObjectProperty<>();
    private final ScriptPreview preview;
    private final BooleanBinding canSave;

    // One check of the draft at a time; edits made meanwhile are checked when it returns.
    private boolean checking;

    public ScriptEditorViewModel(UiTasks tasks, Services services, DraftTexts texts, Runnable onSaved) {
        this.tasks = new Tasks(tasks);
        this.busyTasks = new BusyTasks(tasks);
        this.services = services;
        this.texts = texts;
        this.onSaved = onSaved;
        this.preview = new ScriptPreview(texts.sample());
        canSave = Bindings.isEmpty(problems).and(dirty).and(busyTasks.busyProperty().not());
        draft.revisionProperty().addListener((obs, old, revision) -> draftChanged());
        loaded.addListener((obs, old, version) -> showUsers());
        queues.addListener((javafx.collections.ListChangeListener<CallQueue>) change -> showUsers());
    }

    /** Reads the scripts, queues and outcomes, and opens the first script (or a new one when there is none). */
    public void load() {
        background(() -> new Choices(services.scripts().all(), services.queueSetup().all(),
                services.queueSetup().outcomes()), choices -> {
            scripts.setAll(choices.scripts());
            queues.setAll(choices.queues());
            outcomes.setAll(choices.outcomes());
            if (choices.scripts().isEmpty()) {
                newScript();
            } else {
                open(choices.scripts().get(0));
            }
        });
    }

    private record Choices(List<ScriptSummary> scripts, List<CallQueue> queues, List<Outcome> outcomes) {
    }

    /** Loads the latest version of a script into the editor, dropping the current draft. */
    public void open(ScriptSummary summary) {
        background(() -> services.scripts().latest(summary.scriptId()).orElseThrow(), this::show);
    }

    /** A new, unsaved script to start from. */
    public void newScript() {
        loaded.set(null);
        fileProblems.set(null);
        edit(texts.newScript());
        notice.set(null);
    }

    private void show(ScriptVersion version) {
        loaded.set(version);
        edit(version.script());
    }

    private void edit(Script script) {
        draft.load(script);
        step.set(draft.steps().isEmpty() ? null : draft.steps().get(0));
        // A different script: its preview starts from the top rather than retracing the last one's path.
        preview.restart();
    }

    private void draftChanged() {
        var script = draft.toScript();
        var version = loaded.get();
        dirty.set(version == null || !version.script().equals(script));
        fileProblems.set(null);
        preview.show(script);
        check();
    }

    private void check() {
        if (checking) {
            return;
        }
        checking = true;
        int revision = draft.revision();
        var script = draft.toScript();
        tasks.create(() -> services.scripts().check(script)).onSuccess(found -> {
            checking = false;
            if (revision != draft.revision()) {
                check();
                return;
            }
            problems.setAll(found);
        }).onError(error -> {
            checking = false;
            notice.set(Notice.error("notice.action.failed", Errors.message(error)));
        }).run();
    }

    public StepDraft addStep() {
        var after = step.get();
        var added = draft.addStep(after == null || draft.isObjection(after) ? null : after, "step", texts.stepTitle());
        step.set(added);
        return added;
    }

    public StepDraft addObjection() {
        var after = step.get();
        var added = draft.addObjection(after != null && draft.isObjection(after) ? after : null, "objection",
                texts.objectionTitle());
        step.set(added);
        return added;
    }

    public void moveStep(int by) {
        var selected = step.get();
        if (selected != null && draft.move(selected, by)) {
            step.set(selected);
        }
    }

    /** Deletes the selected step and selects its neighbour; answers that led to it show up as problems. */
    public void deleteStep() {
        var selected = step.get();
        if (selected == null) {
            return;
        }
        var list = draft.isObjection(selected) ? draft.objections() : draft.steps();
        int at = list.indexOf(selected);
        draft.delete(selected);
        step.set(list.isEmpty() ? null : list.get(Math.min(at, list.size() - 1)));
    }

    public void renameKey(StepDraft target, String key) {
        if (draft.all().anyMatch(s -> s == target)) {
            draft.renameKey(target, key);
        }
    }

    public AnswerDraft addAnswer() {
        return step.get() == null ? null : draft.addAnswer(step.get());
    }

    public void moveAnswer(AnswerDraft answer, int by) {
        if (step.get() != null) {
            draft.moveAnswer(step.get(), answer, by);
        }
    }

    public void deleteAnswer(AnswerDraft answer) {
        if (step.get() != null) {
            draft.deleteAnswer(step.get(), answer);
        }
    }

    /**
     * Saves the draft: a new script becomes version 1; an edit rewrites the latest version while no
     * call has used it, and becomes a new version once one has.
     */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        var script = draft.toScript();
        var before = loaded.get();
        background(() -> {
            var saved = before == null ? services.scripts().create(script)
                    : services.scripts().save(before.scriptId(), script);
            return new Saved(saved, services.scripts().all());
        }, saved -> {
            scripts.setAll(saved.scripts());
            loaded.set(saved.version());
            dirty.set(!saved.version().script().equals(draft.toScript()));
            int number = saved.version().number();
            notice.set(before == null || number > before.number()
                    ? Notice.info("scripteditor.saved.new", number)
                    : Notice.info("scripteditor.saved.same", number));
            onSaved.run();
        });
    }

    private record Saved(ScriptVersion version, List<ScriptSummary> scripts) {
    }

    /** Reads a script file and saves it as a new script; with problems in it, nothing is saved. */
    public void importFile(Path file) {
        String name = file.getFileName().toString();
        background(() -> {
            var version = services.scripts().importText(ScriptFiles.read(file));
            return new Saved(version, services.scripts().all());
        }, imported -> {
            scripts.setAll(imported.scripts());
            show(imported.version());
            notice.set(Notice.info("scripteditor.imported", imported.version().script().name(), name));
        }, name);
    }

    /** Writes the script's saved latest version to a file, in the text format, as UTF-8. */
    public void exportTo(Path target) {
        var version = loaded.get();
        if (version == null) {
            return;
        }
        background(() -> {
            var latest = services.scripts().latest(version.scriptId()).orElseThrow();
            ScriptFiles.write(target, services.scripts().exportText(latest));
            return latest;
        }, latest -> notice.set(Notice.info("scripteditor.exported", latest.number(),
                target.getFileName().toString())));
    }

    /** What the export file is called by default: the script's name. */
    public String suggestedFileName() {
        return ScriptFiles.fileName(draft.nameProperty().get());
    }

    /** The chosen queue reads the saved script from its next call on. */
    public void useForQueue() {
        var queue = queueChoice.get();
        var version = loaded.get();
        if (queue == null || version == null) {
            return;
        }
        background(() -> services.queueSetup().setScript(queue.id(), version.scriptId()), all -> {
            queues.setAll(all);
            queueChoice.set(all.stream().filter(q -> q.id() == queue.id()).findFirst().orElse(null));
            notice.set(Notice.info("scripteditor.queue.set", queue.name(), version.script().name()));
            onSaved.run();
        });
    }

    private void showUsers() {
        var version = loaded.get();
        usedBy.setAll(version == null ? List.of() : queues.stream()
                .filter(q -> q.scriptId() != null && q.scriptId() == version.scriptId()).toList());
    }

    /** The name of the script a queue reads now, or null. */
    public String scriptName(CallQueue queue) {
        return queue.scriptId() == null ? null : scripts.stream().filter(s -> s.scriptId() == queue.scriptId())
                .map(ScriptSummary::name).findFirst().orElse(null);
    }

    public void restartPreview() {
        preview.restart();
    }

    private <T> void background(Callable<T> work, Consumer<T> onSuccess) {
        background(work, onSuccess, null);
    }

    /** With {@code file}, a script text that cannot be read reports its problems as that file's. */
    private <T> void background(Callable<T> work, Consumer<T> onSuccess, String file) {
        busyTasks.create(work).onSuccess(onSuccess).onError(error -> {
            if (error instanceof ScriptFormatException e && file != null) {
                fileProblems.set(new FileProblems(file, e.problems()));
                notice.set(Notice.error("scripteditor.import.failed", file));
            } else if (error instanceof ScriptFormatException e) {
                problems.setAll(e.problems());
                notice.set(Notice.error("scripteditor.save.failed"));
            } else {
                notice.set(Notice.error("notice.action.failed", Errors.message(error)));
            }
        }).run();
    }

    public ObservableList<ScriptSummary> scripts() { return scripts; }
    public ObservableList<CallQueue> queues() { return queues; }
    /** The queues that read the script being edited. */
    public ObservableList<CallQueue> usedBy() { return usedBy; }
    public ObservableList<Outcome> outcomes() { return outcomes; }
    public ScriptDraft draft() { return draft; }
    /** The step the form shows. */
    public ObjectProperty<StepDraft> stepProperty() { return step; }
    /** The saved version the draft started from; null for a new script. */
    public ReadOnlyObjectProperty<ScriptVersion> loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** What keeps the draft from being saved, as of the last check. */
    public ObservableList<ScriptProblem> problems() { return problems; }
    /** The last script file that could not be imported; cleared by the next edit. */
    public ReadOnlyObjectProperty<FileProblems> fileProblemsProperty() { return fileProblems.getReadOnlyProperty(); }
    /** Whether the draft differs from what is saved. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty; }
    public ReadOnlyBooleanProperty busyProperty() { return busyTasks.busyProperty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public ObjectProperty<CallQueue> queueChoiceProperty() { return queueChoice; }
    public ScriptPreview preview() { return preview; }
}
