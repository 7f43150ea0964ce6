package app.obzvon.ui.rules;

import app.obzvon.call.NextCall;
import app.obzvon.call.Outcome;
import app.obzvon.call.StatusChange;
import app.obzvon.contact.ContactStatus;
import app.obzvon.settings.CallingRules;
import app.obzvon.ui.common.Converters;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import app.obzvon.ui.common.Spinners;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

public final class RulesController {

    private final RulesViewModel model;
    private final I18n i18n;

    @FXML private ListView<Outcome> outcomeList;
    @FXML private TextField newCodeField;
    @FXML private Button addButton;
    @FXML private Label codeLabel;
    @FXML private TextField labelRuField;
    @FXML private TextField labelEnField;
    @FXML private ComboBox<Integer> keyBox;
    @FXML private ColorPicker colourPicker;
    @FXML private Button noColourButton;
    @FXML private ComboBox<StatusChange> statusBox;
    @FXML private ComboBox<NextCall> nextBox;
    @FXML private Spinner<Integer> retryMinutesSpinner;
    @FXML private Spinner<Integer> retryAttemptsSpinner;
    @FXML private CheckBox conversationBox;
    @FXML private CheckBox leadBox;
    @FXML private CheckBox meetingBox;
    @FXML private CheckBox reasonBox;
    @FXML private CheckBox doNotCallBox;
    @FXML private CheckBox activeBox;
    @FXML private Button saveButton;
    @FXML private Spinner<Integer> defaultRetrySpinner;
    @FXML private Spinner<Integer> defaultAttemptsSpinner;
    @FXML private TextField workdayField;
    @FXML private Spinner<Integer> recallSpinner;
    @FXML private Button saveRulesButton;
    @FXML private Label noticeLabel;

    public RulesController(RulesViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        outcomeList.setItems(model.outcomes());
        outcomeList.setCellFactory(list -> new OutcomeCell());
        outcomeList.getSelectionModel().selectedItemProperty().addListener((obs, old, o) -> {
            if (o != null && o != model.selectedProperty().get()) {
                model.selectedProperty().set(o);
            }
        });
        model.selectedProperty().addListener((obs, old, o) -> {
            if (o != null) {
                outcomeList.getSelectionModel().select(o);
                codeLabel.setText(o.code());
                // A built-in outcome's own words show where the supervisor's would go.
                boolean russian = i18n.locale().getLanguage().equals("ru");
                var builtIn = i18n.outcome(o.code(), null);
                var here = builtIn.equals(o.code()) ? "" : i18n.get("rules.label.builtin", builtIn);
                labelRuField.setPromptText(russian ? here : "");
                labelEnField.setPromptText(russian ? "" : here);
            }
        });

        labelRuField.textProperty().bindBidirectional(model.labelRuProperty());
        labelEnField.textProperty().bindBidirectional(model.labelEnProperty());
        var keys = new ArrayList<Integer>();
        keys.add(null);
        for (int k = 1; k <= 9; k++) {
            keys.add(k);
        }
        keyBox.getItems().setAll(keys);
        keyBox.setConverter(Converters.named(k -> k == null ? i18n.get("rules.key.none") : Integer.toString(k)));
        keyBox.valueProperty().bindBidirectional(model.hotkeyProperty());

        colourPicker.setValue(Color.WHITE);
        colourPicker.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        // The swatch says it: a colour's name ("White") read as if one were chosen.
        colourPicker.setStyle("-fx-color-label-visible: false;");
        model.colourProperty().addListener((obs, old, c) -> showColour(c));
        colourPicker.valueProperty().addListener((obs, old, c) -> {
            if (c != null && !Objects.equals(hex(c), model.colourProperty().get()) && !showing) {
                model.colourProperty().set(hex(c));
            }
        });

        var changes = new ArrayList<StatusChange>(List.of(StatusChange.KEEP, StatusChange.ADVANCE));
        Arrays.stream(ContactStatus.values()).filter(s -> s != ContactStatus.HANDED_OVER && s != ContactStatus.NEW)
                .map(StatusChange::to).forEach(changes::add);
        statusBox.getItems().setAll(changes);
        statusBox.setConverter(Converters.named(this::statusText));
        statusBox.valueProperty().bindBidirectional(model.statusChangeProperty());
        nextBox.getItems().setAll(NextCall.values());
        nextBox.setConverter(Converters.named(n -> n == null ? "" : i18n.get("rules.next." + n.name().toLowerCase())));
        nextBox.valueProperty().bindBidirectional(model.nextCallProperty());

        Spinners.bind(retryMinutesSpinner, 0, (int) Outcome.MAX_RETRY_DELAY.toMinutes(), 15, model.retryMinutesProperty());
        Spinners.bind(retryAttemptsSpinner, 0, CallingRules.MAX_ATTEMPTS, 1, model.retryAttemptsProperty());
        var retry = model.nextCallProperty().isEqualTo(NextCall.RETRY);
        retryMinutesSpinner.disableProperty().bind(retry.not());
        retryAttemptsSpinner.disableProperty().bind(retry.not());
        conversationBox.selectedProperty().bindBidirectional(model.conversationProperty());
        leadBox.selectedProperty().bindBidirectional(model.leadProperty());
        meetingBox.selectedProperty().bindBidirectional(model.meetingProperty());
        reasonBox.selectedProperty().bindBidirectional(model.asksReasonProperty());
        doNotCallBox.selectedProperty().bindBidirectional(model.doNotCallProperty());
        activeBox.selectedProperty().bindBidirectional(model.activeProperty());

        Spinners.bind(defaultRetrySpinner, 1, 7 * 24 * 60, 15, model.defaultRetryMinutesProperty());
        Spinners.bind(defaultAttemptsSpinner, 1, CallingRules.MAX_ATTEMPTS, 1, model.defaultAttemptsProperty());
        Spinners.bind(recallSpinner, 1, 730, 10, model.recallDaysProperty());
        workdayField.textProperty().bindBidirectional(model.workdayEndProperty());

        saveButton.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        saveRulesButton.disableProperty().bind(model.busyProperty());
        addButton.disableProperty().bind(model.busyProperty());
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
    }

    private boolean showing;

    private void showColour(String c) {
        showing = true;
        colourPicker.setValue(c == null || c.isBlank() ? Color.WHITE : Color.web(c));
        showing = false;
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private String statusText(StatusChange change) {
        if (change == null) {
            return "";
        }
        return switch (change.code()) {
            case "KEEP" -> i18n.get("rules.status.keep");
            case "ADVANCE" -> i18n.get("rules.status.advance");
            default -> i18n.get("rules.status.set", i18n.get("status." + change.code()));
        };
    }

    @FXML
    private void add() {
        model.add(newCodeField.getText());
        newCodeField.clear();
    }

    @FXML
    private void save() {
        Spinners.commit(retryMinutesSpinner, retryAttemptsSpinner);
        model.save();
    }

    @FXML
    private void saveRules() {
        Spinners.commit(defaultRetrySpinner, defaultAttemptsSpinner, recallSpinner);
        model.saveCallingRules();
    }

    @FXML
    private void noColour() {
        model.colourProperty().set("");
    }

    /** An outcome as the list shows it: its key, its words in this language, its colour; a switched-off one greyed. */
    private final class OutcomeCell extends ListCell<Outcome> {
        @Override
        protected void updateItem(Outcome o, boolean empty) {
            super.updateItem(o, empty);
            getStyleClass().remove("inactive");
            if (empty || o == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean russian = i18n.locale().getLanguage().equals("ru");
            var own = russian ? o.label() : o.labelEn();
            var words = i18n.outcome(o.code(), own != null && !own.isBlank() ? own : russian ? o.labelEn() : o.label());
            setText((o.hotkey() == null ? "   " : o.hotkey() + "  ") + words
                    + (o.active() ? "" : "  " + i18n.get("rules.off")));
            if (!o.active()) {
                getStyleClass().add("inactive");
            }
            var swatch = new Region();
            swatch.getStyleClass().add("swatch");
            swatch.setStyle(o.colour() == null ? "-fx-background-color: transparent;" : "-fx-background-color: " + o.colour() + ";");
            setGraphic(swatch);
        }
    }
}
