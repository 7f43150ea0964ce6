package app.obzvon.ui.workstation;

import app.obzvon.Services;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.handoff.ExportWindow;
import app.obzvon.ui.scripteditor.ScriptEditorWindow;
import app.obzvon.ui.scriptreport.ScriptReportWindow;
import app.obzvon.ui.importing.ImportWindow;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The caller's window: shown at once in a loading state while the database opens in the
 * background, then handed the services. The app and the UI tests both build it this way.
 */
public final class WorkstationWindow {

    private final Stage stage;
    private final BackgroundTasks tasks;
    private final Consumer<String> dialer;
    private final Runnable quit;
    private final Clock clock;
    private FilePicker files;
    private final WorkstationViewModel model;
    private WorkstationController controller;
    private Services services;
    private I18n i18n;

    public WorkstationWindow(Stage stage, BackgroundTasks tasks, Clock clock, Consumer<String> dialer, Runnable quit,
                             FilePicker files) {
        this.stage = stage;
        this.tasks = tasks;
        this.dialer = dialer;
        this.quit = quit;
        this.clock = clock;
        this.files = files;
        this.model = new WorkstationViewModel(tasks, clock);
    }

    /** Shows the window in the system's language and opens the database file behind it. */
    public void open(Path databaseFile) {
        open(databaseFile, tasks.submit(() -> Services.open(databaseFile, clock)));
    }

    /**
     * Shows the window in the system's language while the database, already opening on the database
     * thread (since {@code main}, at a real start), finishes; then hands the screen its services.
     */
    public void open(Path databaseFile, Future<Services> opening) {
        files = files.refusing(databaseFile, () -> i18n);
        show(Locale.getDefault());
        stage.setTitle("Obzvon");
        stage.getIcons().add(new Image(WorkstationWindow.class.getResourceAsStream("/app/obzvon/icon.png")));
        StartupTrace.follow(stage, model.screenProperty());
        stage.show();
        tasks.run(() -> {
            var opened = done(opening);
            return new Opened(opened, opened.settings().language());
        }, opened -> {
            services = opened.services();
            // A language chosen in the settings wins over the system's.
            opened.language().filter(l -> !I18n.supported(l).equals(I18n.supported(Locale.getDefault())))
                    .ifPresent(this::show);
            model.connect(services.callingSession());
        }, model::failed);
    }

    /** The opened services, or the reason they could not be opened. */
    private static Services done(Future<Services> opening) throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private record Opened(Services services, Optional<Locale> language) {
    }

    /** Builds the content in a language; the view model keeps the caller's state across a switch. */
    private void show(Locale locale) {
        i18n = new I18n(locale);
        if (controller != null) {
            controller.dispose();
        }
        var root = new FxmlLoaderFactory(i18n).load(WorkstationController.class, "workstation.fxml", this::controller);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root));
        } else {
            stage.getScene().setRoot(root);
        }
    }

    /** The controller of each part of the window, with what that part needs. */
    private Object controller(Class<?> type) {
        if (type == WorkstationController.class) {
            controller = new WorkstationController(model, i18n, this::changeLanguage, quit, dialogs());
            return controller;
        }
        if (type == CardController.class) {
            return new CardController(model, i18n, dialer);
        }
        if (type == OutcomeBarController.class) {
            return new OutcomeBarController(model, i18n);
        }
        if (type == ProgressController.class) {
            return new ProgressController(model, i18n);
        }
        if (type == FirstStartController.class) {
            return new FirstStartController(model, i18n);
        }
        throw new IllegalArgumentException("No controller for " + type);
    }

    private WorkstationController.Dialogs dialogs() {
        return new WorkstationController.Dialogs() {
            @Override
            public void openImport() {
                if (services != null) {
                    ImportWindow.open(stage, tasks, services, i18n, files, model::reloadQueues);
                }
            }

            @Override
            public void openExport() {
                if (services != null) {
                    ExportWindow.open(stage, tasks, services, i18n, files, clock);
                }
            }

            @Override
            public void openScriptEditor() {
                if (services != null) {
                    // A saved script reaches the queue's next contact; the call on screen keeps its own.
                    ScriptEditorWindow.open(stage, tasks, services, i18n, files, model::reloadQueues);
                }
            }

            @Override
            public void openScriptReport() {
                if (services != null) {
                    ScriptReportWindow.open(stage, tasks, services, i18n, files);
                }
            }
        };
    }

    private void changeLanguage(Locale locale) {
        show(locale);
        if (services != null) {
            tasks.execute(() -> services.settings().saveLanguage(locale));
        }
    }

    public WorkstationViewModel model() {
        return model;
    }

    /** Closes the database after every queued write has run. */
    public void close() {
        if (controller != null) {
            controller.dispose();
        }
        if (services != null) {
            tasks.execute(services::close);
        }
        tasks.close();
    }
}
