package app.obzvon.ui.workstation;

import app.obzvon.access.Person;
import app.obzvon.ui.common.I18n;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;

/** The sign-in screen: the people who can sign in, a PIN, and the button. */
public final class SignInController {

    private final DoorViewModel door;
    private final I18n i18n;

    @FXML private ListView<Person> peopleList;
    @FXML private PasswordField pinField;
    @FXML private Button signInButton;

    public SignInController(DoorViewModel door, I18n i18n) {
        this.door = door;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        peopleList.setItems(door.people());
        peopleList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Person person, boolean empty) {
                super.updateItem(person, empty);
                setText(empty || person == null ? null : person.isSupervisor()
                        ? i18n.get("signin.supervisor", person.name()) : person.name());
            }
        });
        // Picking a name (a click, or Enter on the list) moves on to the PIN.
        peopleList.getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> {
            if (picked != null) {
                pinField.clear();
                Platform.runLater(pinField::requestFocus);
            }
        });
        peopleList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pinField.requestFocus();
                e.consume();
            }
        });
        signInButton.disableProperty().bind(door.busyProperty());
        pinField.setOnAction(e -> signIn());
    }

    /** The pane is shown: nobody picked, no PIN left from the last person. */
    void shown() {
        pinField.clear();
        peopleList.getSelectionModel().clearSelection();
        if (door.people().size() == 1) {
            peopleList.getSelectionModel().select(0);
        } else {
            Platform.runLater(peopleList::requestFocus);
        }
    }

    @FXML
    private void signIn() {
        var pin = pinField.getText();
        pinField.clear();
        door.signIn(peopleList.getSelectionModel().getSelectedItem(), pin);
    }
}
