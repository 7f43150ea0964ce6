package app.obzvon.ui.workstation;

import app.obzvon.ui.common.I18n;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/**
 * First start: the supervisor's name and PIN, then the demo base (in the UI's language) or an empty
 * one. A base from before people came has its contacts already: its supervisor only sets a PIN.
 */
public final class FirstStartController {

    private final DoorViewModel door;
    private final I18n i18n;

    @FXML private Label introLabel;
    @FXML private TextField callerNameField;
    @FXML private PasswordField pinField;
    @FXML private PasswordField pinAgainField;
    @FXML private Button demoButton;
    @FXML private Button emptyButton;

    public FirstStartController(DoorViewModel door, I18n i18n) {
        this.door = door;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        demoButton.disableProperty().bind(door.busyProperty());
        emptyButton.disableProperty().bind(door.busyProperty());
        // Enter in any field starts: the demo base for a new base, else the base as it is. (Not a
        // default button: the window has several panes, and only one of them is shown.)
        for (var field : java.util.List.of(callerNameField, pinField, pinAgainField)) {
            field.setOnAction(e -> {
                if (door.baseEmptyProperty().get()) {
                    loadDemo();
                } else {
                    startEmpty();
                }
            });
        }
    }

    /** The pane is shown: the name the base has, and the cursor where typing starts. */
    void shown() {
        callerNameField.setText(door.firstSupervisorNameProperty().get());
        pinField.clear();
        pinAgainField.clear();
        boolean empty = door.baseEmptyProperty().get();
        introLabel.setText(i18n.get(empty ? "first.text" : "first.text.upgrade"));
        demoButton.setVisible(empty);
        demoButton.setManaged(empty);
        emptyButton.setText(i18n.get(empty ? "first.empty" : "first.start"));
        var first = callerNameField.getText().isBlank() ? callerNameField : pinField;
        Platform.runLater(first::requestFocus);
    }

    @FXML
    private void loadDemo() {
        door.createFirstSupervisor(callerNameField.getText(), pinField.getText(), pinAgainField.getText(),
                i18n.locale());
    }

    @FXML
    private void startEmpty() {
        door.createFirstSupervisor(callerNameField.getText(), pinField.getText(), pinAgainField.getText(), null);
    }
}
