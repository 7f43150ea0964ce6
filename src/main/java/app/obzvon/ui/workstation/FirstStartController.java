package app.obzvon.ui.workstation;

import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;

/** First start: the caller's name, then the demo base (in the UI's language) or an empty one. */
public final class FirstStartController {

    private final WorkstationViewModel model;
    private final I18n i18n;

    @FXML private TextField callerNameField;
    @FXML private Button demoButton;
    @FXML private Button emptyButton;

    public FirstStartController(WorkstationViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        callerNameField.setText(model.callerNameProperty().get());
        demoButton.disableProperty().bind(model.busyProperty());
        emptyButton.disableProperty().bind(model.busyProperty());
    }

    /** The pane is shown: the name the base has, and the cursor in it. */
    void shown() {
        callerNameField.setText(model.callerNameProperty().get());
        Platform.runLater(callerNameField::requestFocus);
    }

    @FXML
    private void loadDemo() {
        if (nameGiven()) {
            model.loadDemo(callerNameField.getText(), i18n.locale());
        }
    }

    @FXML
    private void startEmpty() {
        if (nameGiven()) {
            model.startEmpty(callerNameField.getText());
        }
    }

    private boolean nameGiven() {
        if (callerNameField.getText() == null || callerNameField.getText().isBlank()) {
            model.tell(Notice.error("first.name.missing"));
            callerNameField.requestFocus();
            return false;
        }
        return true;
    }
}
