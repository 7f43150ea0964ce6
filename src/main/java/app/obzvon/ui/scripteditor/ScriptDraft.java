package app.obzvon.ui.scripteditor;

import app.obzvon.script.Script;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The script in the editor, as observable state: its name, the conversation's steps and the
 * objection library. Any change anywhere in it (a letter typed in an answer included) moves
 * {@link #revisionProperty()} on, so the checks and the preview follow the draft as it is typed.
 */
public final class ScriptDraft {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty objectionsTitle = new SimpleStringProperty("");
    private final ObservableList<StepDraft> steps = FXCollections.observableArrayList(StepDraft::observables);
    private final ObservableList<StepDraft> objections = FXCollections.observableArrayList(StepDraft::observables);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    // load() replaces everything at once; one revision for it, not one per step.
    private boolean loading;

    public ScriptDraft() {
        name.addListener((obs, old, value) -> changed());
        objectionsTitle.addListener((obs, old, value) -> changed());
        steps.addListener((ListChangeListener<StepDraft>) change -> changed());
        objections.addListener((ListChangeListener<StepDraft>) change -> changed());
    }

    private void changed() {
        if (!loading) {
            revision.set(revision.get() + 1);
        }
    }

    /** Replaces the draft with this script. */
    public void load(Script script) {
        loading = true;
        try {
            name.set(script.name() == null ? "" : script.name());
            objectionsTitle.set(script.objectionsTitle() == null ? "" : script.objectionsTitle());
            steps.setAll(script.steps().stream().map(StepDraft::of).toList());
            objections.setAll(script.objections().stream().map(StepDraft::of).toList());
        } finally {
            loading = false;
        }
        changed();
    }

    public Script toScript() {
        return new Script(name.get(), steps.stream().map(StepDraft::toStep).toList(), objectionsTitle.get(),
                objections.stream().map(StepDraft::toStep).toList());
    }

    /** A new conversation step after {@code after} (or at the end when that is null or an objection). */
    public StepDraft addStep(StepDraft after, String keyBase, String title) {
        var step = new StepDraft(uniqueKey(keyBase), title, "", null);
        int at = steps.indexOf(after);
        steps.add(at < 0 ? steps.size() : at + 1, step);
        return step;
    }

    /** A new objection after {@code after} (or at the end of the library). */
    public StepDraft addObjection(StepDraft after, String keyBase, String title) {
        var step = new StepDraft(uniqueKey(keyBase), title, "", null);
        int at = objections.indexOf(after);
        objections.add(at < 0 ? objections.size() : at + 1, step);
        return step;
    }

    /** Moves a step up (-1) or down (+1) within its own list; false at either end. */
    public boolean move(StepDraft step, int by) {
        return moveIn(listOf(step), step, by);
    }

    public void delete(StepDraft step) {
        listOf(step).remove(step);
    }

    public boolean isObjection(StepDraft step) {
        return objections.contains(step);
    }

    /**
     * Gives the step a new key; answers that led to the old one follow it, unless another step
     * still has the old key (then they were ambiguous, and stay where they point).
     */
    public void renameKey(StepDraft step, String newKey) {
        String old = step.key();
        String key = newKey == null ? "" : newKey.strip();
        if (key.equals(old)) {
            return;
        }
        boolean oldStillTaken = all().anyMatch(s -> s != step && s.key().equals(old));
        step.setKey(key);
        if (!oldStillTaken) {
            all().flatMap(s -> s.answers().stream())
                    .filter(a -> a.nextProperty().get().equals(old))
                    .forEach(a -> a.nextProperty().set(key));
        }
    }

    /** A new answer at the end of the step's list, leading to the conversation step after it, if any. */
    public AnswerDraft addAnswer(StepDraft step) {
        int at = steps.indexOf(step);
        String next = at >= 0 && at + 1 < steps.size() ? steps.get(at + 1).key() : "";
        var answer = new AnswerDraft("", next);
        step.answers().add(answer);
        return answer;
    }

    public boolean moveAnswer(StepDraft step, AnswerDraft answer, int by) {
        return moveIn(step.answers(), answer, by);
    }

    public void deleteAnswer(StepDraft step, AnswerDraft answer) {
        step.answers().remove(answer);
    }

    public Optional<StepDraft> find(String key) {
        return all().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The conversation's steps, then the objections. */
    public Stream<StepDraft> all() {
        return Stream.concat(steps.stream(), objections.stream());
    }

    private ObservableList<StepDraft> listOf(StepDraft step) {
        return objections.contains(step) ? objections : steps;
    }

    private static <T> boolean moveIn(ObservableList<T> list, T item, int by) {
        int from = list.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= list.size()) {
            return false;
        }
        var reordered = new java.util.ArrayList<>(list);
        reordered.remove(from);
        reordered.add(to, item);
        list.setAll(reordered);
        return true;
    }

    private String uniqueKey(String base) {
        Set<String> taken = new HashSet<>(all().map(StepDraft::key).toList());
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty objectionsTitleProperty() { return objectionsTitle; }
    public ObservableList<StepDraft> steps() { return steps; }
    public ObservableList<StepDraft> objections() { return objections; }
    public ReadOnlyIntegerProperty revisionProperty() { return revision; }
    public int revision() { return revision.get(); }
}
