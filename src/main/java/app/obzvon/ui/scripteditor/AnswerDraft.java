package app.obzvon.ui.scripteditor;

import app.obzvon.script.Answer;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An answer being edited: what the prospect says and the key of the step it leads to ("" for none yet). */
public final class AnswerDraft {

    private final StringProperty said;
    private final StringProperty next;

    public AnswerDraft(String said, String next) {
        this.said = new SimpleStringProperty(said == null ? "" : said);
        this.next = new SimpleStringProperty(next == null ? "" : next);
    }

    static AnswerDraft of(Answer answer) {
        return new AnswerDraft(answer.said(), answer.next());
    }

    Answer toAnswer() {
        return new Answer(said.get(), next.get());
    }

    Observable[] observables() {
        return new Observable[] {said, next};
    }

    public StringProperty saidProperty() { return said; }
    public StringProperty nextProperty() { return next; }
}
