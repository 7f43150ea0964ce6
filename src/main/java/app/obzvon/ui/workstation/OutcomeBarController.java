package app.obzvon.ui.workstation;

import app.obzvon.call.CallbackTimes;
import app.obzvon.call.Outcome;
import app.obzvon.contact.RefusalReason;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.IntStream;

/**
 * The note and the outcome bar: one click or digit logs an outcome; one that needs a callback time
 * or a refusal reason asks for it in the bar's place, also by digit.
 */
public final class OutcomeBarController {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final WorkstationViewModel model;
    private final I18n i18n;
    private final OutcomeNames outcomeNames;

    @FXML private VBox callingBox;
    @FXML private TextField noteField;
    @FXML private FlowPane outcomeBar;
    @FXML private HBox callbackBar;
    @FXML private StackPane callbackDateHolder;
    private DatePicker callbackDate;
    @FXML private TextField callbackTime;
    @FXML private HBox reasonBar;
    @FXML private HBox reasonButtons;

    public OutcomeBarController(WorkstationViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.outcomeNames = new OutcomeNames(i18n);
    }

    @FXML
    private void initialize() {
        noteField.textProperty().bindBidirectional(model.noteProperty());
        model.pendingOutcomeProperty().addListener((obs, old, pending) -> showPending(pending));
        model.outcomes().addListener((ListChangeListener<Outcome>) change -> buildOutcomeBar());
        model.script().suggestedOutcomeProperty().addListener((obs, old, code) -> showSuggested(code));
        buildReasonBar();
        buildOutcomeBar();
    }

    Node root() {
        return callingBox;
    }

    /** A digit the caller pressed: an outcome, or the detail the pending outcome asks for. */
    void digit(int digit) {
        var pending = model.pendingOutcomeProperty().get();
        if (pending == null) {
            model.outcomes().stream().filter(o -> o.hotkey() != null && o.hotkey() == digit).findFirst()
                    .ifPresent(model::choose);
        } else if (pending.asksReason()) {
            var reasons = RefusalReason.values();
            if (digit <= reasons.length) {
                model.chooseReason(reasons[digit - 1]);
            }
        } else if (digit == 1) {
            callbackInOneHour();
        } else if (digit == 2) {
            callbackTomorrow();
        } else if (digit == 3) {
            datePicker().requestFocus();
        }
    }

    /** N: the note field takes the keys until Esc. */
    void focusNote() {
        noteField.requestFocus();
    }

    /** Whether Enter in this control sets the callback's date and time. */
    boolean setsCallbackTime(Node focused) {
        for (var n = focused; n != null; n = n.getParent()) {
            if (n == callbackTime || n == callbackDate) {
                return true;
            }
        }
        return false;
    }

    boolean isCallbackDate(Node focused) {
        for (var n = focused; n != null; n = n.getParent()) {
            if (n == callbackDate) {
                return true;
            }
        }
        return false;
    }

    private DatePicker datePicker() {
        if (callbackDate == null) {
            callbackDate = new DatePicker();
            callbackDate.setId("callbackDate");
            callbackDateHolder.getChildren().setAll(callbackDate);
        }
        return callbackDate;
    }

    /** The outcome bar's words and key for a code, for the script's suggestion. */
    String hint(String code) {
        return outcomeNames.hint(model.outcomes(), code);
    }

    /** The script's end step points at the outcome it suggests; the caller still chooses. */
    private void showSuggested(String code) {
        outcomeBar.getChildren().forEach(n -> n.getStyleClass().remove("suggested"));
        if (code != null) {
            outcomeBar.getChildren().stream().filter(n -> ("outcome-" + code).equals(n.getId()))
                    .forEach(n -> n.getStyleClass().add("suggested"));
        }
    }

    private void showPending(Outcome pending) {
        boolean reason = pending != null && pending.asksReason();
        boolean callback = pending != null && !pending.asksReason();
        outcomeBar.setVisible(pending == null);
        reasonBar.setVisible(reason);
        callbackBar.setVisible(callback);
        if (callback) {
            datePicker().setValue(model.now().plusDays(1).toLocalDate());
            callbackTime.setText(HOUR_MINUTE.format(CallbackTimes.MORNING));
        }
    }

    private void buildOutcomeBar() {
        outcomeBar.getChildren().setAll(model.outcomes().stream().map(outcome -> {
            var text = outcomeNames.of(outcome);
            var button = new Button(outcome.hotkey() == null ? text : outcome.hotkey() + "  " + text);
            button.getStyleClass().addAll("outcome", outcome.lead() ? "outcome-lead"
                    : outcome.conversation() ? "outcome-talk" : "outcome-no-talk");
            button.setId("outcome-" + outcome.code());
            if (outcome.colour() != null) {
                // The supervisor's colour from the rule table; the style classes keep the rest.
                button.setStyle("-fx-base: " + outcome.colour() + ";");
            }
            button.setFocusTraversable(false);
            button.disableProperty().bind(model.busyProperty());
            button.setOnAction(e -> model.choose(outcome));
            return (Node) button;
        }).toList());
        showSuggested(model.script().suggestedOutcomeProperty().get());
    }

    private void buildReasonBar() {
        var reasons = RefusalReason.values();
        reasonButtons.getChildren().setAll(IntStream.range(0, reasons.length).mapToObj(i -> {
            var button = new Button((i + 1) + "  " + i18n.get("reason." + reasons[i].name()));
            button.setId("reason-" + reasons[i].name());
            button.setOnAction(e -> model.chooseReason(reasons[i]));
            return (Node) button;
        }).toList());
    }

    @FXML
    private void callbackInOneHour() {
        model.chooseCallbackInOneHour();
    }

    @FXML
    private void callbackTomorrow() {
        model.chooseCallbackTomorrowMorning();
    }

    @FXML
    void callbackAt() {
        try {
            var time = LocalTime.parse(callbackTime.getText().strip(), HOUR_MINUTE);
            if (datePicker().getValue() == null) {
                throw new DateTimeParseException("no date", "", 0);
            }
            model.chooseCallbackAt(datePicker().getValue(), time);
        } catch (DateTimeParseException e) {
            model.tell(Notice.error("notice.callback.invalid"));
        }
    }

    @FXML
    private void cancelPending() {
        model.cancelPending();
    }
}
