package app.obzvon.ui.scripteditor;

import app.obzvon.script.ScriptSummary;
import app.obzvon.ui.common.I18n;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/** A script in the editor's list: its name, and greyed its latest version; the whole name on hover. */
final class SummaryCell extends ListCell<ScriptSummary> {

    private final I18n i18n;
    private final Label version = new Label();

    SummaryCell(I18n i18n) {
        this.i18n = i18n;
        version.getStyleClass().add("step-key");
        setContentDisplay(ContentDisplay.RIGHT);
        setGraphicTextGap(8);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ScriptSummary summary, boolean empty) {
        super.updateItem(summary, empty);
        boolean none = empty || summary == null;
        setText(none ? null : summary.name());
        version.setText(none ? null : i18n.get("scripteditor.version.short", summary.latestVersion()));
        setGraphic(none ? null : version);
        setTooltip(none ? null : new Tooltip(summary.name()));
    }
}
