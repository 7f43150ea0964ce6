package app.obzvon.ui.workstation;

import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * The lock: an opaque cover over the whole window (the card must not be read by the next person at
 * the desk), opened with the PIN of the person signed in, or left for another caller.
 */
public final class LockController {

    private final DoorViewModel door;
    private final WorkstationViewModel model;
    private final I18n i18n;

    @FXML private VBox lockPane;
    @FXML private Label lockedByLabel;
    @FXML private PasswordField pinField;
    @FXML private Button unlockButton;
    @FXML private Button switchButton;
    @FXML private Label lockNotice;

    public LockController(DoorViewModel door, WorkstationViewModel model, I18n i18n) {
        this.door = door;
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        unlockButton.disableProperty().bind(door.busyProperty());
        switchButton.disableProperty().bind(door.busyProperty());
        pinField.setOnAction(e -> unlock());
        door.lockedProperty().addListener((obs, old, locked) -> shown(locked));
        // The status line is under the cover: a wrong PIN is said here too.
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(lockNotice, i18n, notice));
        shown(door.lockedProperty().get());
    }

    private void shown(boolean locked) {
        lockPane.setVisible(locked);
        pinField.clear();
        lockNotice.setText("");
        if (locked) {
            var person = model.personProperty().get();
            lockedByLabel.setText(i18n.get("lock.text", person == null ? "" : person.name()));
            Platform.runLater(pinField::requestFocus);
        }
    }

    @FXML
    private void unlock() {
        var pin = pinField.getText();
        pinField.clear();
        door.unlock(pin);
    }

    @FXML
    private void switchCaller() {
        door.switchCaller();
    }
}
