package app.obzvon.ui.workstation;

import app.obzvon.call.Outcome;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.UpcomingCall;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.NoticeLabel;
import app.obzvon.ui.script.ScriptPane;
import javafx.animation.KeyFrame;
import javafx.beans.binding.Bindings;
import javafx.event.EventType;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import java.util.List;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The caller's window: the menus, which screen shows, the status line, and the keys. The parts
 * (card, outcome bar, progress, first start) are included FXML with controllers of their own.
 */
public final class WorkstationController {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PICK_QUEUE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY_PHONE =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination DIAL = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TARGET = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    private final WorkstationViewModel model;
    private final Runnable createBase;
    private final DoorViewModel door;
    private final I18n i18n;
    private final DateTimeFormatter dayAndTime;
    private final DateTimeFormatter hourMinute = DateTimeFormatter.ofPattern("HH:mm");

    @FXML private BorderPane root;
    @FXML private HBox toolbar;
    @FXML private Label personLabel;
    @FXML private Label hintLabel;
    @FXML private Label baseLabel;
    @FXML private Node signInPane;
    @FXML private SignInController signInPaneController;
    @FXML private ComboBox<CallQueue> queuePicker;
    @FXML private Button undoButton;
    @FXML private VBox loadingPane;
    @FXML private Node firstStartPane;
    @FXML private VBox noQueuesPane;
    @FXML private VBox emptyQueuePane;
    @FXML private Label upcomingLabel;
    @FXML private VBox failedPane;
    @FXML private Label failedTitle;
    @FXML private Label failedLabel;
    @FXML private VBox noBasePane;
    @FXML private Label noBaseLabel;
    @FXML private Label readOnlyLabel;
    @FXML private SplitPane workPane;
    @FXML private StackPane scriptHolder;
    @FXML private Label noticeLabel;
    @FXML private ProgressController progressController;
    @FXML private FirstStartController firstStartPaneController;
    @FXML private CardController cardController;
    @FXML private OutcomeBarController outcomesController;
    private ScriptPane scriptPane;

    private Timeline ticker;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final EventHandler<InputEvent> active = this::activity;
    // N focuses the note on key press; the letter's key-typed event that follows must not land in it.
    private boolean swallowNextTyped;
    private final EventHandler<KeyEvent> typed = e -> {
        if (swallowNextTyped) {
            swallowNextTyped = false;
            e.consume();
        }
    };

    public WorkstationController(WorkstationViewModel model, DoorViewModel door, I18n i18n, Runnable createBase) {
        this.model = model;
        this.door = door;
        this.i18n = i18n;
        this.createBase = createBase;
        this.dayAndTime = DateTimeFormatter.ofPattern(i18n.get("format.day.time"), i18n.locale());
    }

    @FXML
    private void initialize() {
        var signedIn = model.personProperty().isNotNull();
        toolbar.visibleProperty().bind(signedIn);
        toolbar.managedProperty().bind(signedIn);
        hintLabel.visibleProperty().bind(signedIn);
        hintLabel.managedProperty().bind(signedIn);
        // Said for as long as the base is open, not only until the next notice.
        readOnlyLabel.visibleProperty().bind(model.readOnlyProperty());
        readOnlyLabel.managedProperty().bind(model.readOnlyProperty());
        // Which base is open, at the door (where another can be chosen); the window's title says it all the time.
        var baseShown = model.personProperty().isNull().and(model.baseProperty().isNotEmpty());
        baseLabel.visibleProperty().bind(baseShown);
        baseLabel.managedProperty().bind(baseShown);
        baseLabel.textProperty().bind(Bindings.createStringBinding(() -> model.baseProperty().get().isEmpty() ? ""
                : i18n.get(model.onServerProperty().get() ? "status.base.server" : "status.base.file",
                model.baseProperty().get()), model.baseProperty(), model.onServerProperty()));
        personLabel.textProperty().bind(Bindings.createStringBinding(() -> model.personProperty().get() == null ? ""
                : i18n.get("toolbar.person", model.personProperty().get().name()), model.personProperty()));

        queuePicker.setItems(model.queues());
        queuePicker.valueProperty().bindBidirectional(model.queueProperty());
        queuePicker.setTooltip(new Tooltip(i18n.get("queue.picker.tooltip")));
        undoButton.disableProperty().bind(model.undoAvailableProperty().not());
        scriptPane = ScriptPane.load(model.script(), i18n, outcomesController::hint);
        scriptHolder.getChildren().setAll(scriptPane.root());

        model.screenProperty().addListener((obs, old, screen) -> showScreen(screen));
        model.upcomingProperty().addListener((obs, old, upcoming) -> showUpcoming(upcoming));
        model.workingListProperty().addListener((obs, old, list) -> showUpcoming(model.upcomingProperty().get()));
        model.reminders().reminderProperty().addListener((obs, old, reminder) -> remind(reminder));
        model.noticeProperty().addListener((obs, old, notice) -> showNotice(notice));
        model.pendingOutcomeProperty().addListener((obs, old, pending) -> {
            if (pending != null) {
                // The detail's digits must reach the window, not a field that had the focus.
                root.requestFocus();
            }
        });
        showScreen(model.screenProperty().get());
        showUpcoming(model.upcomingProperty().get());
        showNotice(model.noticeProperty().get());

        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                old.removeEventFilter(KeyEvent.KEY_TYPED, typed);
                ACTIVITY.forEach(type -> old.removeEventFilter(type, active));
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
                ACTIVITY.forEach(type -> scene.addEventFilter(type, active));
            }
        });
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            model.tick();
            door.tick();
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /** Stops the clock tick when the view is replaced (language change) or closed. */
    public void dispose() {
        ticker.stop();
        if (root.getScene() != null) {
            root.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            root.getScene().removeEventFilter(KeyEvent.KEY_TYPED, typed);
            ACTIVITY.forEach(type -> root.getScene().removeEventFilter(type, active));
        }
    }

    private void activity(InputEvent e) {
        door.activity();
    }

    /** What counts as someone at the screen, for the lock after an idle time. */
    static final List<EventType<? extends InputEvent>> ACTIVITY = List.of(KeyEvent.KEY_PRESSED,
            MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL);

    // Keys: digits pick an outcome (or a detail), but never while the caller types in a field.
    private void onKey(KeyEvent e) {
        if (door.lockedProperty().get() || model.personProperty().get() == null) {
            // Under the lock or at the door, keys are for the PIN and the names, never for outcomes.
            return;
        }
        if (door.shift().pausedProperty().get()) {
            // A pause covers the card: Enter is back to calls, no key logs an outcome under it.
            if (e.getCode() == KeyCode.ENTER) {
                door.shift().resume();
            }
            e.consume();
            return;
        }
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
            if (e.getCode() == KeyCode.ENTER && outcomesController.setsCallbackTime(focused)) {
                outcomesController.callbackAt();
                e.consume();
            }
            return;
        }
        if (UNDO.match(e)) {
            model.undo();
        } else if (TARGET.match(e)) {
            progressController.showTargetMenu();
        } else if (PICK_QUEUE.match(e)) {
            queuePicker.requestFocus();
            queuePicker.show();
        } else if (COPY_PHONE.match(e)) {
            cardController.copyFirst();
        } else if (DIAL.match(e)) {
            cardController.dialFirst();
        } else if (e.getCode() == KeyCode.N && !e.isShortcutDown()) {
            swallowNextTyped = true;
            outcomesController.focusNote();
        } else if (digit(e) > 0) {
            outcomesController.digit(digit(e));
        } else if (!scriptPane.handle(e)) {
            return;
        }
        e.consume();
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
        if (focused == null || !(focused instanceof TextInputControl || outcomesController.isCallbackDate(focused))) {
            return false;
        }
        for (var n = focused; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void showScreen(Screen screen) {
        Map<Screen, Node> panes = Map.of(Screen.LOADING, loadingPane, Screen.FIRST_START, firstStartPane,
                Screen.SIGN_IN, signInPane, Screen.NO_QUEUES, noQueuesPane, Screen.QUEUE_EMPTY, emptyQueuePane, Screen.FAILED, failedPane,
                Screen.CONTACT, workPane, Screen.NO_BASE, noBasePane);
        panes.forEach((s, pane) -> pane.setVisible(s == screen));
        boolean working = screen == Screen.CONTACT;
        outcomesController.root().setVisible(working);
        outcomesController.root().setManaged(working);
        if (screen == Screen.FIRST_START) {
            firstStartPaneController.shown();
        } else if (screen == Screen.SIGN_IN) {
            signInPaneController.shown();
        } else if (working && !(root.getScene() != null && typingIn(root.getScene().getFocusOwner()))) {
            root.requestFocus();
        }
    }

    private void showUpcoming(UpcomingCall upcoming) {
        var list = model.workingListProperty().get();
        // A full working list is why new companies stopped coming: say so first.
        var full = list != null && list.full() ? i18n.get("queue.empty.list.full", list.held(), list.limit()) + " " : "";
        if (upcoming == null) {
            upcomingLabel.setText(full + i18n.get("queue.empty.nothing"));
            return;
        }
        var when = dayAndTime.format(upcoming.at().atZone(model.zone()));
        // The company's own clock too, where it differs: "opens at 09:00 their time" is what they see.
        var theirs = upcoming.zone() == null || upcoming.zone().getRules().getOffset(upcoming.at())
                .equals(model.zone().getRules().getOffset(upcoming.at())) ? ""
                : i18n.get("queue.empty.their.time", hourMinute.format(upcoming.at().atZone(upcoming.zone())));
        upcomingLabel.setText(full + i18n.get("queue.empty.next." + upcoming.reason().name(), when, upcoming.company(),
                theirs));
    }

    /** A callback of the caller's fell due: a notification in the window's corner, not a dialog in their way. */
    private void remind(CallbackReminders.Reminder reminder) {
        if (reminder == null || root.getScene() == null || root.getScene().getWindow() == null) {
            return;
        }
        var first = reminder.first();
        var at = hourMinute.format(first.at().atZone(model.zone()));
        var text = reminder.count() == 1
                ? i18n.get("reminder.one", first.company(), first.person() == null ? "" : first.person(), at)
                : i18n.get("reminder.many", reminder.count(), first.company());
        org.controlsfx.control.Notifications.create()
                .owner(root.getScene().getWindow())
                .title(i18n.get("reminder.title"))
                .text(text)
                .position(javafx.geometry.Pos.BOTTOM_RIGHT)
                .hideAfter(javafx.util.Duration.seconds(12))
                .showInformation();
    }

    /** The status line has one writer: the view model's notice (the parts tell it theirs). */
    private void showNotice(Notice notice) {
        var names = new OutcomeNames(i18n);
        var shown = notice == null ? null : new Notice(notice.key(),
                notice.args().stream().map(a -> a instanceof Outcome o ? (Object) names.of(o) : a).toList(),
                notice.error());
        NoticeLabel.show(noticeLabel, i18n, shown);
        failedLabel.setText(noticeLabel.getText());
        noBaseLabel.setText(noticeLabel.getText());
        // A base found damaged after it opened is not one that "could not be opened".
        failedTitle.setText(i18n.get(notice != null && notice.key().startsWith("fault.corrupt")
                ? "fault.corrupt.title" : "failed.title"));
    }

    @FXML
    private void createBase() {
        createBase.run();
    }

    @FXML
    private void undo() {
        model.undo();
    }
}
