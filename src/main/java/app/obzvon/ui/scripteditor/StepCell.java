package app.obzvon.ui.scripteditor;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/**
 * A step as the editor lists it: its title, with its number in the list of steps; the whole title
 * and the key show on hover. Both follow the form as the supervisor types.
 */
final class StepCell extends ListCell<StepDraft> {

    private final boolean numbered;
    private final Tooltip key = new Tooltip();

    StepCell(boolean numbered) {
        this.numbered = numbered;
        // As wide as the list, so a long title ends in "…" rather than a sideways scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(StepDraft step, boolean empty) {
        super.updateItem(step, empty);
        textProperty().unbind();
        key.textProperty().unbind();
        if (empty || step == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        String number = numbered ? (getIndex() + 1) + ". " : "";
        textProperty().bind(Bindings.concat(number, step.titleProperty()));
        key.textProperty().bind(Bindings.concat(step.titleProperty(), "  ·  ", step.keyProperty()));
        setTooltip(key);
    }
}
