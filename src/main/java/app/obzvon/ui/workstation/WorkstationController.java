package app.obzvon.ui.workstation;

import app.obzvon.call.CallHistoryEntry;
import app.obzvon.call.DayProgress;
import app.obzvon.call.Outcome;
import app.obzvon.contact.Contact;
import app.obzvon.contact.RefusalReason;
import app.obzvon.queue.UpcomingCall;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.script.ScriptPane;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Binds the caller screen to its view model and turns keys into actions. */
public final class WorkstationController {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PICK_QUEUE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY_PHONE =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination DIAL = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TARGET = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final WorkstationViewModel model;
    private final I18n i18n;
    private final Consumer<String> dialer;
    private final Consumer<Locale> languageChange;
    private final Runnable quit;
    private final Dialogs dialogs;
    private final DateTimeFormatter dayAndTime;

    @FXML private BorderPane root;
    @FXML private RadioMenuItem russianItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private ComboBox<app.obzvon.queue.CallQueue> queuePicker;
    @FXML private VBox progressBox;
    @FXML private VBox callingBox;
    @FXML private Label callsLabel;
    @FXML private Label conversationsLabel;
    @FXML private Label leadsLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label paceLabel;
    @FXML private Button undoButton;
    @FXML private javafx.scene.control.MenuButton targetButton;
    @FXML private VBox loadingPane;
    @FXML private VBox firstStartPane;
    @FXML private TextField callerNameField;
    @FXML private Button demoButton;
    @FXML private Button emptyButton;
    @FXML private VBox noQueuesPane;
    @FXML private VBox emptyQueuePane;
    @FXML private Label upcomingLabel;
    @FXML private VBox failedPane;
    @FXML private Label failedLabel;
    @FXML private SplitPane workPane;
    @FXML private Label companyLabel;
    @FXML private Label personLabel;
    @FXML private VBox phonesBox;
    @FXML private Label cityLabel;
    @FXML private Label localTimeLabel;
    @FXML private Label sizeLabel;
    @FXML private Label categoryLabel;
    @FXML private Label statusLabel;
    @FXML private Label attemptsLabel;
    @FXML private javafx.scene.layout.GridPane extrasGrid;
    @FXML private ListView<CallHistoryEntry> historyList;
    @FXML private StackPane scriptHolder;
    private ScriptPane scriptPane;
    @FXML private TextField noteField;
    @FXML private FlowPane outcomeBar;
    @FXML private HBox callbackBar;
    @FXML private DatePicker callbackDate;
    @FXML private TextField callbackTime;
    @FXML private HBox reasonBar;
    @FXML private HBox reasonButtons;
    @FXML private Label noticeLabel;

    private Timeline ticker;
    private final javafx.event.EventHandler<KeyEvent> keys = this::onKey;
    // N focuses the note on key press; the letter's key-typed event that follows must not land in it.
    private boolean swallowNextTyped;
    private final javafx.event.EventHandler<KeyEvent> typed = e -> {
        if (swallowNextTyped) {
            swallowNextTyped = false;
            e.consume();
        }
    };

    /** The windows a supervisor opens from the Base menu. */
    public interface Dialogs {
        void openImport();

        void openExport();

        void openScriptEditor();

        void openScriptReport();
    }

    public WorkstationController(WorkstationViewModel model, I18n i18n, Consumer<String> dialer,
                                 Consumer<Locale> languageChange, Runnable quit, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialer = dialer;
        this.languageChange = languageChange;
        this.quit = quit;
        this.dialogs = dialogs;
        this.dayAndTime = DateTimeFormatter.ofPattern(i18n.get("format.day.time"), i18n.locale());
    }

    @FXML
    private void initialize() {
        var languages = new ToggleGroup();
        russianItem.setToggleGroup(languages);
        englishItem.setToggleGroup(languages);
        (i18n.locale().getLanguage().equals("ru") ? russianItem : englishItem).setSelected(true);

        queuePicker.setItems(model.queues());
        queuePicker.valueProperty().bindBidirectional(model.queueProperty());
        queuePicker.setTooltip(new Tooltip(i18n.get("queue.picker.tooltip")));
        noteField.textProperty().bindBidirectional(model.noteProperty());
        callerNameField.setText(model.callerNameProperty().get());
        demoButton.disableProperty().bind(model.busyProperty());
        emptyButton.disableProperty().bind(model.busyProperty());
        undoButton.disableProperty().bind(model.undoAvailableProperty().not());

        model.screenProperty().addListener((obs, old, screen) -> showScreen(screen));
        model.contactProperty().addListener((obs, old, contact) -> showContact(contact));
        model.progressProperty().addListener((obs, old, progress) -> showProgress(progress));
        model.upcomingProperty().addListener((obs, old, upcoming) -> showUpcoming(upcoming));
        model.pendingOutcomeProperty().addListener((obs, old, pending) -> showPending(pending));
        model.noticeProperty().addListener((obs, old, notice) -> showNotice(notice));
        model.nowProperty().addListener((obs, old, now) -> showLocalTime(model.contactProperty().get()));
        model.outcomes().addListener((ListChangeListener<Outcome>) change -> buildOutcomeBar());
        scriptPane = ScriptPane.load(model.script(), i18n, this::outcomeHint);
        scriptHolder.getChildren().setAll(scriptPane.root());
        model.script().suggestedOutcomeProperty().addListener((obs, old, code) -> showSuggested(code));
        historyList.setItems(model.history());
        historyList.setCellFactory(list -> new HistoryCell());
        historyList.setPlaceholder(new Label(i18n.get("card.history.none")));
        buildReasonBar();
        buildOutcomeBar();
        buildTargetMenu();

        showScreen(model.screenProperty().get());
        showContact(model.contactProperty().get());
        showProgress(model.progressProperty().get());
        showUpcoming(model.upcomingProperty().get());
        showNotice(model.noticeProperty().get());

        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                old.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
            }
        });
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /** Stops the clock tick when the view is replaced (language change) or closed. */
    public void dispose() {
        ticker.stop();
        if (root.getScene() != null) {
            root.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            root.getScene().removeEventFilter(KeyEvent.KEY_TYPED, typed);
        }
    }

    // Keys: digits pick an outcome (or a detail), but never while the caller types in a field.
    private void onKey(KeyEvent e) {
        var focused = root.getScene().getFocusOwner();
        boolean typing = typingIn(focused);
        if (e.getCode() == KeyCode.ESCAPE) {
            if (model.pendingOutcomeProperty().get() != null) {
                model.cancelPending();
            } else if (typing) {
                root.requestFocus();
            }
            e.consume();
            return;
        }
        if (typing) {
            if (e.getCode() == KeyCode.ENTER && (focused == callbackTime || isInside(focused, callbackDate))) {
                callbackAt();
                e.consume();
            }
            return;
        }
        if (UNDO.match(e)) {
            model.undo();
        } else if (TARGET.match(e)) {
            targetButton.show();
        } else if (PICK_QUEUE.match(e)) {
            queuePicker.requestFocus();
            queuePicker.show();
        } else if (COPY_PHONE.match(e)) {
            firstPhone().ifPresent(this::copy);
        } else if (DIAL.match(e)) {
            firstPhone().ifPresent(this::dial);
        } else if (e.getCode() == KeyCode.N && !e.isShortcutDown()) {
            swallowNextTyped = true;
            noteField.requestFocus();
        } else if (digit(e) > 0) {
            onDigit(digit(e));
        } else if (!scriptPane.handle(e)) {
            return;
        }
        e.consume();
    }

    private void onDigit(int digit) {
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
            callbackDate.requestFocus();
        }
    }

    private static int digit(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return 0;
        }
        var code = e.getCode();
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '0';
        }
        return 0;
    }

    /**
     * Whether keys go to a text the caller is writing. A field on a pane that is no longer shown (the
     * first-start name, say) keeps the focus until told otherwise; it must not swallow the digits.
     */
    private boolean typingIn(Node focused) {
        if (focused == null || !(focused instanceof TextInputControl || isInside(focused, callbackDate))) {
            return false;
        }
        for (var n = focused; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Node node, Node container) {
        for (var n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private void showScreen(Screen screen) {
        Map<Screen, Node> panes = Map.of(Screen.LOADING, loadingPane, Screen.FIRST_START, firstStartPane,
                Screen.NO_QUEUES, noQueuesPane, Screen.QUEUE_EMPTY, emptyQueuePane, Screen.FAILED, failedPane,
                Screen.CONTACT, workPane);
        panes.forEach((s, pane) -> pane.setVisible(s == screen));
        boolean working = screen == Screen.CONTACT;
        callingBox.setVisible(working);
        callingBox.setManaged(working);
        progressBox.setVisible(model.progressProperty().get() != null);
        if (screen == Screen.FIRST_START) {
            callerNameField.setText(model.callerNameProperty().get());
            Platform.runLater(callerNameField::requestFocus);
        } else if (working && !(root.getScene() != null && typingIn(root.getScene().getFocusOwner()))) {
            root.requestFocus();
        }
    }

    private void showContact(Contact c) {
        phonesBox.getChildren().clear();
        if (c == null) {
            return;
        }
        companyLabel.setText(c.company());
        personLabel.setText(blankToDash(c.person()));
        c.phones().forEach(number -> phonesBox.getChildren().add(phoneRow(number)));
        if (!c.phones().isEmpty()) {
            var keys = new Label(i18n.get("card.phone.keys"));
            keys.getStyleClass().add("hint");
            phonesBox.getChildren().add(keys);
        }
        String region = c.region() != null && !c.region().equals(c.city()) ? ", " + c.region() : "";
        cityLabel.setText(blankToDash(c.city()) + region);
        sizeLabel.setText(i18n.get("size." + c.size().name()));
        categoryLabel.setText(blankToDash(c.category()));
        statusLabel.setText(i18n.get("status." + c.status().name()));
        attemptsLabel.setText(Integer.toString(c.state().attempts()));
        showExtras(c);
        showLocalTime(c);
    }

    /** Tax ID, e-mail, website and the imported file's own columns, where the contact has them. */
    private void showExtras(Contact c) {
        var rows = new java.util.LinkedHashMap<String, String>();
        rows.put(i18n.get("card.tax.id"), c.taxId());
        rows.put(i18n.get("card.email"), c.email());
        rows.put(i18n.get("card.website"), c.website());
        rows.putAll(c.extraFields());
        extrasGrid.getChildren().clear();
        int row = 0;
        for (var entry : rows.entrySet()) {
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            var name = new Label(entry.getKey());
            name.getStyleClass().add("fact-name");
            var value = new Label(entry.getValue());
            value.setWrapText(true);
            extrasGrid.addRow(row++, name, value);
        }
    }

    private HBox phoneRow(String number) {
        var field = new Label(number);
        field.getStyleClass().add("phone");
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var call = new Button(i18n.get("card.phone.call"));
        call.getStyleClass().add("primary");
        call.setOnAction(e -> dial(number));
        var copy = new Button(i18n.get("card.phone.copy"));
        copy.setOnAction(e -> copy(number));
        var row = new HBox(6, field, call, copy);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private java.util.Optional<String> firstPhone() {
        var c = model.contactProperty().get();
        return c == null || c.phones().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(c.phones().get(0));
    }

    private void copy(String number) {
        var content = new ClipboardContent();
        content.putString(number);
        Clipboard.getSystemClipboard().setContent(content);
        noticeLabel.setText(i18n.get("notice.copied", number));
    }

    private void dial(String number) {
        dialer.accept("tel:" + number.replaceAll("[^0-9+,;#*]", ""));
        noticeLabel.setText(i18n.get("notice.dialing", number));
    }

    private void showLocalTime(Contact c) {
        if (c == null || c.timeZone() == null) {
            localTimeLabel.setText("—");
            return;
        }
        var here = model.nowProperty().get().atZone(c.timeZone());
        var offset = here.getOffset().getId().replace("Z", "+00:00");
        localTimeLabel.setText(i18n.get("card.local.time.value", HOUR_MINUTE.format(here), offset));
    }

    private void showProgress(DayProgress p) {
        progressBox.setVisible(p != null);
        if (p == null) {
            return;
        }
        callsLabel.setText(i18n.get("progress.calls", p.counts().calls(), p.target()));
        conversationsLabel.setText(i18n.get("progress.conversations", p.counts().conversations()));
        leadsLabel.setText(i18n.get("progress.leads", p.counts().leads()));
        progressBar.setProgress(p.fraction());
        var pace = p.callsPerHourNeeded();
        if (p.remaining() == 0) {
            paceLabel.setText(i18n.get("progress.pace.done"));
        } else if (pace.isPresent()) {
            paceLabel.setText(i18n.get("progress.pace", pace.getAsInt(), p.target(), HOUR_MINUTE.format(p.workdayEnd())));
        } else {
            paceLabel.setText(i18n.get("progress.pace.day.over", p.remaining()));
        }
    }

    private void showUpcoming(UpcomingCall upcoming) {
        if (upcoming == null) {
            upcomingLabel.setText(i18n.get("queue.empty.nothing"));
            return;
        }
        var when = dayAndTime.format(upcoming.at().atZone(model.zone()));
        upcomingLabel.setText(i18n.get("queue.empty.next." + upcoming.kind().name(), when, upcoming.company()));
    }

    /** The outcome bar's words and key for an outcome code, as the script's suggestion names it. */
    private String outcomeHint(String code) {
        return model.outcomes().stream().filter(o -> o.code().equals(code)).findFirst()
                .map(o -> o.hotkey() == null ? outcomeText(o) : i18n.get("script.suggested.key", outcomeText(o), o.hotkey()))
                .orElse(code);
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
            callbackDate.setValue(model.now().plusDays(1).toLocalDate());
            callbackTime.setText(HOUR_MINUTE.format(app.obzvon.call.CallbackTimes.MORNING));
        }
        if (pending != null) {
            root.requestFocus();
        }
    }

    private void showNotice(Notice notice) {
        noticeLabel.getStyleClass().remove("error");
        noticeLabel.setText(text(notice));
        if (notice != null && notice.error()) {
            noticeLabel.getStyleClass().add("error");
        }
        failedLabel.setText(noticeLabel.getText());
    }

    private String text(Notice notice) {
        if (notice == null) {
            return "";
        }
        Object[] args = notice.args().stream().map(a -> a instanceof Outcome o ? outcomeText(o) : a).toArray();
        return i18n.get(notice.key(), args);
    }

    private void buildOutcomeBar() {
        outcomeBar.getChildren().setAll(model.outcomes().stream().map(outcome -> {
            var button = new Button(outcome.hotkey() == null ? outcomeText(outcome)
                    : outcome.hotkey() + "  " + outcomeText(outcome));
            button.getStyleClass().addAll("outcome", outcome.lead() ? "outcome-lead"
                    : outcome.conversation() ? "outcome-talk" : "outcome-no-talk");
            button.setId("outcome-" + outcome.code());
            button.setFocusTraversable(false);
            button.disableProperty().bind(model.busyProperty());
            button.setOnAction(e -> model.choose(outcome));
            return (Node) button;
        }).toList());
        showSuggested(model.script().suggestedOutcomeProperty().get());
    }

    /** The daily target: the usual presets, or any number from 1 to 500. */
    private void buildTargetMenu() {
        for (var preset : app.obzvon.queue.TargetPreset.values()) {
            var range = preset.from() == preset.to() ? Integer.toString(preset.from()) : preset.from() + "–" + preset.to();
            var item = new javafx.scene.control.MenuItem(
                    i18n.get("target.preset." + preset.name(), range, preset.target()));
            item.setId("target-" + preset.name());
            item.setOnAction(e -> model.setDailyTarget(preset.target()));
            targetButton.getItems().add(item);
        }
        var spinner = new javafx.scene.control.Spinner<Integer>(app.obzvon.queue.CallQueue.MIN_TARGET,
                app.obzvon.queue.CallQueue.MAX_TARGET, app.obzvon.queue.CallQueue.DEFAULT_TARGET);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.setId("targetSpinner");
        var set = new Button(i18n.get("target.set"));
        set.setOnAction(e -> {
            spinner.commitValue();
            model.setDailyTarget(spinner.getValue());
            targetButton.hide();
        });
        var custom = new javafx.scene.control.CustomMenuItem(new HBox(6, new Label(i18n.get("target.custom")), spinner, set), false);
        targetButton.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), custom);
        targetButton.setOnShowing(e -> {
            var p = model.progressProperty().get();
            if (p != null) {
                spinner.getValueFactory().setValue(p.target());
            }
        });
    }

    private void buildReasonBar() {
        var reasons = RefusalReason.values();
        reasonButtons.getChildren().setAll(java.util.stream.IntStream.range(0, reasons.length).mapToObj(i -> {
            var button = new Button((i + 1) + "  " + i18n.get("reason." + reasons[i].name()));
            button.setId("reason-" + reasons[i].name());
            button.setOnAction(e -> model.chooseReason(reasons[i]));
            return (Node) button;
        }).toList());
    }

    private String outcomeText(Outcome outcome) {
        return outcome.label() != null ? outcome.label() : i18n.get("outcome." + outcome.code());
    }

    private static String blankToDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
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
            noticeLabel.setText(i18n.get("first.name.missing"));
            noticeLabel.getStyleClass().add("error");
            callerNameField.requestFocus();
            return false;
        }
        return true;
    }

    @FXML
    private void undo() {
        model.undo();
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
    private void callbackAt() {
        try {
            var time = LocalTime.parse(callbackTime.getText().strip(), HOUR_MINUTE);
            if (callbackDate.getValue() == null) {
                throw new DateTimeParseException("no date", "", 0);
            }
            model.chooseCallbackAt(callbackDate.getValue(), time);
        } catch (DateTimeParseException e) {
            noticeLabel.setText(i18n.get("notice.callback.invalid"));
            noticeLabel.getStyleClass().add("error");
        }
    }

    @FXML
    private void cancelPending() {
        model.cancelPending();
    }

    @FXML
    private void useRussian() {
        languageChange.accept(I18n.LANGUAGES.get(0));
    }

    @FXML
    private void useEnglish() {
        languageChange.accept(Locale.ENGLISH);
    }

    @FXML
    private void showShortcuts() {
        noticeLabel.getStyleClass().remove("error");
        noticeLabel.setText(i18n.get("shortcuts.all"));
    }

    @FXML
    private void openImport() {
        dialogs.openImport();
    }

    @FXML
    private void openExport() {
        dialogs.openExport();
    }

    @FXML
    private void openScriptEditor() {
        dialogs.openScriptEditor();
    }

    @FXML
    private void openScriptReport() {
        dialogs.openScriptReport();
    }

    @FXML
    private void quit() {
        quit.run();
    }

    /** One earlier call: when, what came of it, and the note. */
    private final class HistoryCell extends ListCell<CallHistoryEntry> {
        @Override
        protected void updateItem(CallHistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                return;
            }
            var outcome = entry.outcomeLabel() != null ? entry.outcomeLabel() : i18n.get("outcome." + entry.outcomeCode());
            var parts = new java.util.ArrayList<>(List.of(dayAndTime.format(entry.at().atZone(model.zone())), outcome));
            if (entry.refusalReason() != null) {
                parts.add(i18n.get("reason." + entry.refusalReason()));
            }
            if (entry.callbackAt() != null) {
                parts.add("→ " + dayAndTime.format(entry.callbackAt().atZone(model.zone())));
            }
            if (entry.note() != null) {
                parts.add("«" + entry.note() + "»");
            }
            setText(String.join(" · ", parts));
            setWrapText(true);
        }
    }
}
