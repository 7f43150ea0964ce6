package app.obzvon.ui.scripteditor;

import app.obzvon.queue.CallQueue;
import app.obzvon.script.ScriptProblem;
import app.obzvon.script.ScriptSummary;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import app.obzvon.ui.script.ScriptPane;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static app.obzvon.ui.common.Converters.named;

/** Binds the script editor's window to its view model; the step form is a {@link StepEditor} of its own. */
public final class ScriptEditorController {

    private final ScriptEditorViewModel model;
    private final I18n i18n;
    private final FilePicker files;
    private final Function<String, String> outcomeName;

    @FXML private BorderPane root;
    @FXML private ListView<ScriptSummary> scriptList;
    @FXML private Button exportButton;
    @FXML private ComboBox<CallQueue> queueBox;
    @FXML private Button useButton;
    @FXML private Label usedByLabel;
    @FXML private TextField nameField;
    @FXML private Label versionLabel;
    @FXML private ListView<StepDraft> stepList;
    @FXML private TextField objectionsTitleField;
    @FXML private ListView<StepDraft> objectionList;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button deleteButton;
    @FXML private StackPane stepHolder;
    @FXML private StackPane previewHolder;
    @FXML private Label problemsTitle;
    @FXML private ListView<ScriptProblem> problemList;
    @FXML private Label editorNotice;
    @FXML private Button saveButton;

    // Selections set from the model must not be taken for the supervisor's clicks.
    private boolean syncing;

    public ScriptEditorController(ScriptEditorViewModel model, I18n i18n, FilePicker files,
                                  Function<String, String> outcomeName) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
        this.outcomeName = outcomeName;
    }

    @FXML
    private void initialize() {
        bindScripts();
        bindQueues();
        bindSteps();
        nameField.textProperty().bindBidirectional(model.draft().nameProperty());
        objectionsTitleField.textProperty().bindBidirectional(model.draft().objectionsTitleProperty());
        model.loadedProperty().addListener((obs, old, version) -> showVersion());
        model.dirtyProperty().addListener((obs, old, dirty) -> showVersion());
        showVersion();
        stepHolder.getChildren().setAll(StepEditor.load(model, i18n, outcomeName).root());
        previewHolder.getChildren().setAll(ScriptPane.load(model.preview().walk(), i18n, outcomeName).root());
        new ProblemList(model, i18n, problemList, problemsTitle).bind();
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(editorNotice, i18n, notice));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
                scene.windowProperty().addListener((o, was, window) -> window.setOnCloseRequest(e -> {
                    if (!confirmDiscard()) {
                        e.consume();
                    }
                }));
            }
        });
    }

    private void bindScripts() {
        scriptList.setItems(model.scripts());
        scriptList.setCellFactory(list -> new SummaryCell(i18n));
        scriptList.setPlaceholder(new Label(i18n.get("scripteditor.scripts.none")));
        scriptList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (syncing || chosen == null || isLoaded(chosen)) {
                return;
            }
            if (confirmDiscard()) {
                model.open(chosen);
            } else {
                selectLoadedScript();
            }
        });
        model.scripts().addListener((ListChangeListener<ScriptSummary>) change -> selectLoadedScript());
        model.loadedProperty().addListener((obs, old, version) -> selectLoadedScript());
        exportButton.disableProperty().bind(model.loadedProperty().isNull().or(model.busyProperty()));
    }

    private boolean isLoaded(ScriptSummary summary) {
        var version = model.loadedProperty().get();
        return version != null && version.scriptId() == summary.scriptId();
    }

    private void selectLoadedScript() {
        syncing = true;
        var loaded = model.scripts().stream().filter(this::isLoaded).findFirst();
        loaded.ifPresentOrElse(scriptList.getSelectionModel()::select, scriptList.getSelectionModel()::clearSelection);
        syncing = false;
    }

    private void bindQueues() {
        queueBox.setItems(model.queues());
        queueBox.setConverter(named(queue -> {
            if (queue == null) {
                return "";
            }
            String script = model.scriptName(queue);
            return script == null ? queue.name() : i18n.get("scripteditor.queue.reads", queue.name(), script);
        }));
        queueBox.valueProperty().bindBidirectional(model.queueChoiceProperty());
        useButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            var queue = model.queueChoiceProperty().get();
            var version = model.loadedProperty().get();
            return queue == null || version == null || model.busyProperty().get()
                    || (queue.scriptId() != null && queue.scriptId() == version.scriptId());
        }, model.queueChoiceProperty(), model.loadedProperty(), model.busyProperty()));
        model.usedBy().addListener((ListChangeListener<CallQueue>) change -> showUsers());
        model.loadedProperty().addListener((obs, old, version) -> showUsers());
        showUsers();
    }

    private void showUsers() {
        if (model.loadedProperty().get() == null) {
            usedByLabel.setText(i18n.get("scripteditor.queue.unsaved"));
        } else if (model.usedBy().isEmpty()) {
            usedByLabel.setText(i18n.get("scripteditor.queue.none"));
        } else {
            usedByLabel.setText(i18n.get("scripteditor.queue.used",
                    model.usedBy().stream().map(CallQueue::name).collect(Collectors.joining(", "))));
        }
    }

    private void bindSteps() {
        for (var list : List.of(stepList, objectionList)) {
            list.setCellFactory(view -> new StepCell(view == stepList));
            list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
                if (!syncing && chosen != null) {
                    model.stepProperty().set(chosen);
                }
            });
        }
        stepList.setItems(model.draft().steps());
        objectionList.setItems(model.draft().objections());
        stepList.setPlaceholder(new Label(i18n.get("scripteditor.steps.none")));
        objectionList.setPlaceholder(new Label(i18n.get("scripteditor.objections.none")));
        for (var list : List.of(stepList, objectionList)) {
            list.getItems().addListener((ListChangeListener<StepDraft>) change -> selectStep());
        }
        model.stepProperty().addListener((obs, old, step) -> selectStep());
        var none = model.stepProperty().isNull();
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
    }

    /** Shows the model's step as the one selected, in whichever list holds it. */
    private void selectStep() {
        var step = model.stepProperty().get();
        syncing = true;
        for (var list : List.of(stepList, objectionList)) {
            if (step != null && list.getItems().contains(step)) {
                list.getSelectionModel().select(step);
                list.scrollTo(step);
            } else {
                list.getSelectionModel().clearSelection();
            }
        }
        syncing = false;
    }

    private void showVersion() {
        var version = model.loadedProperty().get();
        String text = version == null ? i18n.get("scripteditor.version.new") : i18n.get("scripteditor.version", version.number());
        versionLabel.setText(version != null && model.dirtyProperty().get()
                ? i18n.get("scripteditor.version.changed", text) : text);
    }

    /** True when nothing unsaved would be lost, or the supervisor agrees to lose it. */
    private boolean confirmDiscard() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        var alert = new Alert(Alert.AlertType.CONFIRMATION,
                i18n.get("scripteditor.discard", model.draft().nameProperty().get()), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setHeaderText(null);
        alert.setTitle(i18n.get("scripteditor.title"));
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void newScript() {
        if (confirmDiscard()) {
            model.newScript();
        }
    }

    @FXML
    private void importFile() {
        if (!confirmDiscard()) {
            return;
        }
        files.open(window(), i18n.get("scripteditor.import.title"), List.of(
                        new FileChooser.ExtensionFilter(i18n.get("scripteditor.import.filter"), "*.md", "*.txt")))
                .ifPresent(model::importFile);
    }

    @FXML
    private void exportFile() {
        files.save(window(), i18n.get("scripteditor.export.title"), model.suggestedFileName())
                .ifPresent(model::exportTo);
    }

    @FXML
    private void useForQueue() {
        model.useForQueue();
    }

    @FXML
    private void addStep() {
        model.addStep();
    }

    @FXML
    private void addObjection() {
        model.addObjection();
    }

    @FXML
    private void moveUp() {
        model.moveStep(-1);
    }

    @FXML
    private void moveDown() {
        model.moveStep(1);
    }

    @FXML
    private void deleteStep() {
        model.deleteStep();
    }

    @FXML
    private void restartPreview() {
        model.restartPreview();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void close() {
        if (confirmDiscard()) {
            window().hide();
        }
    }
}
