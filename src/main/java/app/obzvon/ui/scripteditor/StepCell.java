package app.obzvon.ui.scripteditor;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/**
 * A step as the editor lists it: its title (with its number in a list of steps) and, greyed, its
 * key; both follow the form as the supervisor types.
 */
final class StepCell extends ListCell<StepDraft> {

    private final boolean numbered;
    private final Label key = new Label();

    StepCell(boolean numbered) {
        this.numbered = numbered;
        key.getStyleClass().add("step-key");
        setContentDisplay(ContentDisplay.RIGHT);
        setGraphicTextGap(8);
    }

    @Override
    protected void updateItem(StepDraft step, boolean empty) {
        super.updateItem(step, empty);
        textProperty().unbind();
        key.textProperty().unbind();
        if (empty || step == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String number = numbered ? (getIndex() + 1) + ". " : "";
        textProperty().bind(Bindings.concat(number, step.titleProperty()));
        key.textProperty().bind(step.keyProperty());
        setGraphic(key);
    }
}
