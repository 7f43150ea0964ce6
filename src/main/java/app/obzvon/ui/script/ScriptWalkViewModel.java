package app.obzvon.ui.script;

import app.obzvon.script.PathStep;
import app.obzvon.script.ScriptFields;
import app.obzvon.script.ScriptPath;
import app.obzvon.script.ScriptStep;
import app.obzvon.script.ScriptVersion;
import app.obzvon.script.ScriptWalk;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;

/**
 * The script beside the contact: the step to read now with the contact's details filled in, the
 * prospect's answers, the objection library, and the way taken so far. The workstation and the
 * editor's preview share it, so the preview is exactly what the caller sees.
 */
public final class ScriptWalkViewModel {

    /** A step as shown: its key, its title and its text with the fields filled in. */
    public record ShownStep(String key, String title, String text) {
    }

    private final StringProperty scriptName = new SimpleStringProperty("");
    private final ObjectProperty<ShownStep> current = new SimpleObjectProperty<>();
    private final ObservableList<String> answers = FXCollections.observableArrayList();
    private final ObservableList<String> objections = FXCollections.observableArrayList();
    private final ObservableList<ShownStep> breadcrumbs = FXCollections.observableArrayList();
    private final BooleanProperty inObjection = new SimpleBooleanProperty();
    private final StringProperty returnTitle = new SimpleStringProperty("");
    private final BooleanProperty canGoBack = new SimpleBooleanProperty();
    private final StringProperty suggestedOutcome = new SimpleStringProperty();
    private final StringProperty unmatched = new SimpleStringProperty("");
    private final StringProperty objectionsTitle = new SimpleStringProperty("");
    // Bumped once every property above is up to date, so a view redraws from a consistent state.
    private final IntegerProperty revision = new SimpleIntegerProperty();

    private ScriptVersion version;
    private ScriptWalk walk;
    private Map<String, String> fields = Map.of();

    /** A new call: the script from its first step, with these values for its {fields}. */
    public void start(ScriptVersion script, Map<String, String> values) {
        version = script;
        walk = script == null ? null : new ScriptWalk(script.script());
        fields = Map.copyOf(values);
        scriptName.set(script == null ? "" : script.script().name());
        objectionsTitle.set(script == null ? "" : script.script().objectionsTitle());
        objections.setAll(script == null ? List.of()
                : script.script().objections().stream().map(s -> fill(s.title())).toList());
        refresh();
    }

    public void clear() {
        start(null, Map.of());
    }

    public void answer(int index) {
        if (walk != null && walk.answer(index)) {
            refresh();
        }
    }

    public void objection(int index) {
        if (walk != null && index >= 0 && index < walk.script().objections().size()
                && walk.objection(walk.script().objections().get(index).key())) {
            refresh();
        }
    }

    public void returnFromObjection() {
        if (walk != null && walk.returnFromObjection()) {
            refresh();
        }
    }

    public void back() {
        if (walk != null && walk.back()) {
            refresh();
        }
    }

    /** What the prospect said at this step when none of the answers fit; kept with the call. */
    public void recordUnmatched(String said) {
        if (walk != null) {
            walk.unmatched(said);
            refresh();
        }
    }

    /** The way through the script so far, to log with the call; null without a script. */
    public ScriptPath path() {
        return walk == null ? null : new ScriptPath(version.id(), walk.path());
    }

    private void refresh() {
        var step = walk == null ? null : walk.current().orElse(null);
        current.set(step == null ? null : shown(step));
        answers.setAll(step == null ? List.of() : step.answers().stream().map(a -> fill(a.said())).toList());
        breadcrumbs.setAll(walk == null ? List.of() : walk.path().stream()
                .map(p -> walk.script().step(p.key()).map(this::shown).orElseThrow()).toList());
        inObjection.set(walk != null && walk.inObjection());
        returnTitle.set(walk == null ? "" : walk.returnPoint().map(s -> fill(s.title())).orElse(""));
        canGoBack.set(walk != null && walk.canGoBack());
        suggestedOutcome.set(step == null ? null : step.outcome());
        var path = walk == null ? List.<PathStep>of() : walk.path();
        unmatched.set(path.isEmpty() || path.get(path.size() - 1).unmatched() == null
                ? "" : path.get(path.size() - 1).unmatched());
        revision.set(revision.get() + 1);
    }

    private ShownStep shown(ScriptStep step) {
        return new ShownStep(step.key(), fill(step.title()), fill(step.text()));
    }

    private String fill(String text) {
        return ScriptFields.fill(text, fields, "…");
    }

    public boolean hasScript() { return walk != null; }
    public ReadOnlyIntegerProperty revisionProperty() { return revision; }
    public ReadOnlyStringProperty scriptNameProperty() { return scriptName; }
    public ReadOnlyStringProperty objectionsTitleProperty() { return objectionsTitle; }
    public ReadOnlyObjectProperty<ShownStep> currentProperty() { return current; }
    public ObservableList<String> answers() { return answers; }
    public ObservableList<String> objections() { return objections; }
    public ObservableList<ShownStep> breadcrumbs() { return breadcrumbs; }
    public ReadOnlyBooleanProperty inObjectionProperty() { return inObjection; }
    public ReadOnlyStringProperty returnTitleProperty() { return returnTitle; }
    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack; }
    /** The outcome code the current end step suggests, or null. */
    public ReadOnlyStringProperty suggestedOutcomeProperty() { return suggestedOutcome; }
    public ReadOnlyStringProperty unmatchedProperty() { return unmatched; }
}
