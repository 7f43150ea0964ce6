package app.obzvon.ui.connect;

import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The connection dialog's form: its fields bound to the view model; the password handed over, never kept. */
public final class ConnectController {

    private final ConnectViewModel<?> model;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private GridPane fields;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField baseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private Label noticeLabel;
    @FXML private ProgressIndicator spinner;
    @FXML private Button connectButton;

    public ConnectController(ConnectViewModel<?> model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        hostField.textProperty().bindBidirectional(model.hostProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        baseField.textProperty().bindBidirectional(model.baseProperty());
        userField.textProperty().bindBidirectional(model.userProperty());
        fields.disableProperty().bind(model.busyProperty());
        connectButton.disableProperty().bind(model.busyProperty());
        spinner.visibleProperty().bind(model.busyProperty());
        model.noticeProperty().addListener((obs, old, notice) -> {
            NoticeLabel.show(noticeLabel, i18n, notice);
            if (notice != null && notice.error()) {
                // Refused: the person types again where it went wrong (after the fields are enabled again).
                Platform.runLater(() -> {
                    var field = fieldFor(notice.key());
                    field.requestFocus();
                    field.selectAll();
                });
            }
        });
        model.doneProperty().addListener((obs, old, done) -> {
            if (done) {
                close();
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> {
                    if (window != null) {
                        window.setOnHidden(e -> {
                            passwordField.clear();
                            model.closed();
                        });
                    }
                });
            }
        });
        // Filled in already (the last server): the password is what is left to type.
        Platform.runLater(() -> (model.hostProperty().get().isBlank() ? hostField : passwordField).requestFocus());
    }

    /** The field a refusal is about: the password for a sign-in refused, the base's name for no such base… */
    private TextField fieldFor(String key) {
        return switch (key) {
            case "connect.password.wanted", "connect.refused" -> passwordField;
            case "connect.no.base", "connect.base.missing" -> baseField;
            case "connect.no.right", "connect.user.missing" -> userField;
            case "connect.port.invalid" -> portField;
            default -> hostField;
        };
    }

    @FXML
    private void connect() {
        model.connect(passwordField.getText());
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        passwordField.clear();
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            root.getScene().getWindow().hide();
        }
    }
}
