package app.obzvon.ui.scripteditor;

import app.obzvon.script.ScriptStep;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A step being edited. Its key changes only through {@link ScriptDraft#renameKey}, which takes the
 * answers that pointed to the old key along.
 */
public final class StepDraft {

    private final ReadOnlyStringWrapper key;
    private final StringProperty title;
    private final StringProperty text;
    private final ObjectProperty<String> outcome;
    private final ObservableList<AnswerDraft> answers =
            FXCollections.observableArrayList(AnswerDraft::observables);

    public StepDraft(String key, String title, String text, String outcome) {
        this.key = new ReadOnlyStringWrapper(key);
        this.title = new SimpleStringProperty(title == null ? "" : title);
        this.text = new SimpleStringProperty(text == null ? "" : text);
        this.outcome = new SimpleObjectProperty<>(outcome);
    }

    static StepDraft of(ScriptStep step) {
        var draft = new StepDraft(step.key(), step.title(), step.text(), step.outcome());
        step.answers().forEach(a -> draft.answers.add(AnswerDraft.of(a)));
        return draft;
    }

    ScriptStep toStep() {
        return new ScriptStep(key.get(), title.get(), text.get(),
                answers.stream().map(AnswerDraft::toAnswer).toList(), outcome.get());
    }

    Observable[] observables() {
        return new Observable[] {key, title, text, outcome, answers};
    }

    void setKey(String value) {
        key.set(value);
    }

    public String key() {
        return key.get();
    }

    public ReadOnlyStringProperty keyProperty() { return key.getReadOnlyProperty(); }
    public StringProperty titleProperty() { return title; }
    public StringProperty textProperty() { return text; }
    /** The outcome code the step suggests, or null for none. */
    public ObjectProperty<String> outcomeProperty() { return outcome; }
    public ObservableList<AnswerDraft> answers() { return answers; }
}
