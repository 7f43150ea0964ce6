package app.obzvon.ui.workstation;

import app.obzvon.BaseLocation;
import app.obzvon.Services;
import app.obzvon.persistence.OpenMode;
import app.obzvon.persistence.ServerAddress;
import app.obzvon.persistence.ServerFault;
import app.obzvon.ui.common.FaultNotice;
import app.obzvon.ui.connect.ConnectWindow;
import app.obzvon.ui.connect.RememberedServer;
import app.obzvon.team.SignIn;
import app.obzvon.common.Errors;
import app.obzvon.ui.audit.AuditWindow;
import app.obzvon.ui.dashboard.DashboardWindow;
import app.obzvon.ui.backup.RestoreWindow;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.callbacks.CallbacksWindow;
import app.obzvon.ui.donotcall.DoNotCallWindow;
import app.obzvon.ui.inbound.InboundWindow;
import app.obzvon.ui.people.PeopleWindow;
import app.obzvon.ui.queues.QueuesWindow;
import app.obzvon.ui.rules.RulesWindow;
import app.obzvon.ui.search.SearchWindow;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.common.Dialer;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.handoff.ExportWindow;
import app.obzvon.ui.handoff.ResultsWindow;
import app.obzvon.ui.scripteditor.ScriptEditorWindow;
import app.obzvon.ui.planner.PlannerWindow;
import app.obzvon.ui.scriptreport.ScriptReportWindow;
import app.obzvon.ui.importing.ImportWindow;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The caller's window: shown at once in a loading state while the database opens in the
 * background, then handed the services. The app and the UI tests both build it this way. At its door
 * another base can be chosen: a team's base on a server (the connection dialog), or back to this
 * PC's own; the window then swaps its services for the new base's and shows that base's door.
 */
public final class WorkstationWindow {

    private final Stage stage;
    private final BackgroundTasks tasks;
    private final Dialer dialer;
    private final Runnable quit;
    private final Clock clock;
    private FilePicker files;
    private final WorkstationViewModel model;
    private final DoorViewModel door;
    private WorkstationController controller;
    private Services services;
    private I18n i18n;
    /** The base's file; null on a server. */
    private Path databaseFile;
    /** The base the window is on, or is opening. */
    private BaseLocation location;
    /** This PC's base: the way back from a server, and how it opens (a named one must be there). */
    private Path localFile;
    private OpenMode localMode = OpenMode.CREATE;
    private RememberedServer remembered = new RememberedServer(null);

    public WorkstationWindow(Stage stage, BackgroundTasks tasks, Clock clock, Dialer dialer, Runnable quit,
                             FilePicker files) {
        this.stage = stage;
        this.tasks = tasks;
        this.dialer = dialer;
        this.quit = quit;
        this.clock = clock;
        this.files = files;
        this.model = new WorkstationViewModel(tasks, clock);
        this.door = new DoorViewModel(tasks, clock, model);
        // Work in a supervisor's window (import, audit…) is activity too: the lock must not fall on it.
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().stream()
                        .filter(w -> w instanceof Stage owned && owned.getOwner() == stage && w.getScene() != null)
                        .forEach(w -> WorkstationController.ACTIVITY.forEach(type ->
                                w.getScene().addEventFilter(type, e -> door.activity())));
            }
        });
        // A supervisor's window (import, audit…) must not stay open over the lock or for the next person.
        door.lockedProperty().addListener((obs, old, locked) -> {
            if (locked) {
                closeDialogs();
            }
        });
        // Each person's language is theirs: signing in switches the window to it.
        model.personProperty().addListener((obs, old, person) -> {
            if (person == null) {
                closeDialogs();
            }
            if (person != null && person.language() != null && controller != null
                    && !I18n.supported(person.language()).equals(i18n.locale())) {
                show(person.language());
            }
        });
    }

    /**
     * This PC's base, for the door's "This PC's base" when the window is on a server: the file and how
     * it opens. Without it, the file the window was opened on.
     */
    public WorkstationWindow thisPc(Path file, OpenMode mode) {
        localFile = file;
        localMode = mode;
        return this;
    }

    /**
     * Where the last server connected to is remembered (its address and user name, never a
     * password); without it, only while the window is open.
     */
    public WorkstationWindow rememberServerIn(Path file) {
        remembered = new RememberedServer(file);
        return this;
    }

    /** Shows the window and opens the database file behind it, creating it if it is not there. */
    public void open(Path databaseFile) {
        open(databaseFile, OpenMode.CREATE);
    }

    /** Shows the window and opens the database file as the mode says (a named path must exist). */
    public void open(Path databaseFile, OpenMode mode) {
        if (localFile == null) {
            thisPc(databaseFile, mode);
        }
        open(databaseFile, tasks.submit(() -> Opening.read(databaseFile, clock, mode)));
    }

    /**
     * Shows the window and opens a team's base on a server, signed in to it as the address's user
     * with this password; null: the person's own {@code ~/.pgpass}. A server that wants another has
     * the window ask for it.
     */
    public void open(ServerAddress address, String password) {
        open(address, tasks.submit(() -> Opening.read(address, password, clock)));
    }

    /** Shows the window at once while the server's base opens, as for a file. */
    public void open(ServerAddress address, Future<Opening> opening) {
        at(new BaseLocation.Server(address));
        showWhileOpening(opening);
    }

    /**
     * What the window needs from the base before anyone signs in: the services and the door (the
     * first start, or who can sign in, in the language last chosen). Read on the database thread,
     * from {@code main} at a real start.
     */
    public record Opening(Services services, SignIn.Door door) implements AutoCloseable {

        /** Nobody took it (a connection dialog closed while it connected): nothing stays open. */
        @Override
        public void close() {
            services.close();
        }

        public static Opening read(Path databaseFile, Clock clock, OpenMode mode) {
            return of(Services.open(databaseFile, clock, mode));
        }

        /** A team's base on a server: a {@link ServerFault} when the server does not let the person in. */
        public static Opening read(ServerAddress address, String password, Clock clock) {
            return of(Services.open(address, password, clock));
        }

        /** The door of services already open; closes them when even that cannot be read. */
        public static Opening of(Services services) {
            try {
                return new Opening(services, services.signIn().door());
            } catch (RuntimeException e) {
                // Nobody will close what could not be handed over.
                services.close();
                throw e;
            }
        }
    }

    /**
     * Shows the window at once, with one line in it, while the base opens; the caller screen is built
     * in the next pulse, in the language chosen if the base has already said which.
     */
    public void open(Path databaseFile, Future<Opening> opening) {
        if (localFile == null) {
            localFile = databaseFile;
        }
        files = files.refusing(databaseFile, () -> i18n);
        at(new BaseLocation.File(databaseFile));
        showWhileOpening(opening);
    }

    private void showWhileOpening(Future<Opening> opening) {
        i18n = new I18n(Locale.getDefault());
        var line = new Label(i18n.get("loading.database"));
        line.setStyle("-fx-font-size: 22px; -fx-text-fill: #1f2933;");
        var placeholder = new StackPane(line);
        placeholder.setStyle("-fx-background-color: #f3f5f8;");
        stage.setScene(new Scene(placeholder, 1280, 800));
        StartupTrace.follow(stage, model.screenProperty());
        stage.show();
        Platform.runLater(() -> build(opening));
    }

    private void build(Future<Opening> opening) {
        // The icon after the first screen: decoding and scaling it held the start up.
        Platform.runLater(() -> stage.getIcons().add(new Image(
                WorkstationWindow.class.getResourceAsStream("/app/obzvon/icon.png"))));
        if (!opening.isDone()) {
            show(Locale.getDefault());
            tasks.tasks().create(() -> done(opening)).onSuccess(this::connect).onError(this::openingFailed).run();
            return;
        }
        // Opened already (it was started with the JVM): no wait, and the screen is laid out once, filled.
        try {
            connect(done(opening));
        } catch (Exception e) {
            show(Locale.getDefault());
            openingFailed(e);
        }
    }

    /**
     * The base did not open: the screen says why. A server that refused the sign-in (it wants a
     * password, and neither PGPASSWORD nor ~/.pgpass had the right one) gets the connection dialog,
     * filled in, for the person to type it.
     */
    private void openingFailed(Throwable error) {
        model.failed(error);
        var fault = FaultNotice.serverFault(error);
        if (location instanceof BaseLocation.Server server && fault != null
                && fault.kind() == ServerFault.Kind.SIGN_IN_REFUSED) {
            connectToServer(server.address());
        }
    }

    /** The window is on this base now (or opening it): the title and the status bar say which. */
    private void at(BaseLocation where) {
        location = where;
        databaseFile = where instanceof BaseLocation.File file ? file.path() : null;
        stage.setTitle("Obzvon — " + where.shown());
        model.at(where.shown(), where instanceof BaseLocation.Server);
    }

    private void connect(Opening opened) {
        services = opened.services();
        model.watchServer(services::ping);
        // A language chosen in the settings wins over the system's.
        var language = opened.door().language().orElse(Locale.getDefault());
        if (controller == null || !I18n.supported(language).equals(i18n.locale())) {
            show(language);
        }
        model.inbound(services.inboundRequests());
        door.connect(services.signIn(), services.callingSession(), services.shifts(), opened.door());
        // The day's backup once the window is up, on a thread of its own with a connection of its own:
        // a million contacts take many seconds to copy, and the caller's first keys must not wait.
        if (!"false".equals(System.getProperty("obzvon.backup.daily"))) {
            var backups = services.backups();
            var thread = new Thread(() -> {
                try {
                    backups.daily();
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(WorkstationWindow.class).warn("The day's backup failed", e);
                }
            }, "obzvon-daily-backup");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /** The opening's result, or the reason the base could not be opened. */
    private static Opening done(Future<Opening> opening) throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Builds the content in a language; the view model keeps the caller's state across a switch. */
    private void show(Locale locale) {
        i18n = new I18n(locale);
        if (controller != null) {
            controller.dispose();
        }
        // The scene is the placeholder's from open(): the caller screen takes its place.
        stage.getScene().setRoot(
                new FxmlLoaderFactory(i18n).load(WorkstationController.class, "workstation.fxml", this::controller));
    }

    /** The controller of each part of the window, with what that part needs. */
    private Object controller(Class<?> type) {
        if (type == WorkstationController.class) {
            controller = new WorkstationController(model, door, i18n, this::createBase);
            return controller;
        }
        if (type == MenuBarController.class) {
            return new MenuBarController(model, door, i18n, this::changeLanguage, quit, dialogs());
        }
        if (type == SignInController.class) {
            return new SignInController(door, i18n);
        }
        if (type == LockController.class) {
            return new LockController(door, model, i18n);
        }
        if (type == CardController.class) {
            return new CardController(model, i18n, dialer);
        }
        if (type == OutcomeBarController.class) {
            return new OutcomeBarController(model, i18n);
        }
        if (type == ShiftController.class) {
            return new ShiftController(door.shift(), model, i18n, clock.getZone());
        }
        if (type == PauseController.class) {
            return new PauseController(door.shift(), model, i18n);
        }
        if (type == ProgressController.class) {
            return new ProgressController(model, i18n);
        }
        if (type == FirstStartController.class) {
            return new FirstStartController(door, i18n);
        }
        if (type == ConnectionBannerController.class) {
            return new ConnectionBannerController(model.server(), i18n);
        }
        if (type == ServerLinksController.class) {
            return new ServerLinksController(model, this::connectToServer, this::backToThisPc);
        }
        throw new IllegalArgumentException("No controller for " + type);
    }

    private MenuBarController.Dialogs dialogs() {
        return new MenuBarController.Dialogs() {
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
            public void openQueues() {
                if (services != null) {
                    QueuesWindow.open(stage, tasks, services.queueSetup(), services.scripts(), i18n, model::reloadQueues);
                }
            }

            @Override
            public void openSearch() {
                if (services != null && model.personProperty().get() != null) {
                    var supervisor = model.personProperty().get().isSupervisor();
                    SearchWindow.open(stage, tasks, services.contactSearch(), supervisor ? services.corrections() : null,
                            i18n, model::take);
                }
            }

            @Override
            public void openRules() {
                if (services != null) {
                    RulesWindow.open(stage, tasks, services.ruleTable(), i18n, model::reloadOutcomes);
                }
            }

            @Override
            public void openResults() {
                if (services != null) {
                    ResultsWindow.open(stage, tasks, services.stageResults(), i18n, files);
                }
            }

            @Override
            public void openDoNotCall() {
                if (services != null) {
                    DoNotCallWindow.open(stage, tasks, services.doNotCallList(), i18n, files, clock.getZone());
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

            @Override
            public void openDashboard() {
                if (services != null) {
                    DashboardWindow.open(stage, tasks, services.teamFigures(), services.inboundRequests(), i18n, clock,
                            files);
                }
            }

            @Override
            public void openPeople() {
                if (services != null) {
                    PeopleWindow.open(stage, tasks, services.people(), services.queueSetup(), services.targets(),
                            services.shifts(), i18n);
                }
            }

            @Override
            public void openInbound() {
                if (services != null) {
                    InboundWindow.open(stage, tasks, services.inboundRequests(), services.people(), i18n, files, clock);
                }
            }

            @Override
            public void openCallbacks() {
                if (services != null && model.personProperty().get() != null) {
                    CallbacksWindow.open(stage, tasks, services.callingSession(), i18n, clock);
                }
            }

            @Override
            public void backUpNow() {
                if (services != null && location instanceof BaseLocation.Server) {
                    model.tell(Notice.error("backup.on.server"));
                } else if (services != null) {
                    var backups = services.backups();
                    tasks.tasks().create(backups::backUpNow)
                            .onSuccess(made -> model.tell(Notice.info("backup.made", made.name())))
                            .onError(error -> model.tell(Notice.error("backup.failed", Errors.message(error))))
                            .run();
                }
            }

            @Override
            public void openRestore() {
                if (services != null && location instanceof BaseLocation.Server) {
                    model.tell(Notice.error("backup.on.server"));
                } else if (services != null) {
                    // The people, the queues and the screen may all differ in the backup: everyone signs in again.
                    RestoreWindow.open(stage, tasks, services.backups(), i18n,
                            restored -> door.switchCaller(Notice.info("restore.signin", restored.name())));
                }
            }

            @Override
            public void openAudit() {
                if (services != null) {
                    AuditWindow.open(stage, tasks, services.auditLog(), services.people(), i18n, files, clock);
                }
            }

            @Override
            public void openPlanner() {
                if (services != null) {
                    PlannerWindow.open(stage, tasks, services.planner(), i18n, clock);
                }
            }
        };
    }

    /** "Connect to a team's server…": filled in with the server the window is on, else the last one. */
    private void connectToServer() {
        connectToServer(location instanceof BaseLocation.Server server ? server.address() : null);
    }

    private void connectToServer(ServerAddress given) {
        ConnectWindow.open(stage, tasks, (address, password) -> Opening.read(address,
                        password != null ? password : System.getenv("PGPASSWORD"), clock),
                remembered, given, System.getenv().getOrDefault("PGUSER", System.getProperty("user.name")), i18n,
                (address, opened) -> switchTo(new BaseLocation.Server(address), opened));
    }

    /** "This PC's base": back from a server to the file this PC keeps. */
    private void backToThisPc() {
        var file = localFile;
        var mode = localMode;
        if (file == null) {
            return;
        }
        model.opening();
        tasks.run(() -> Opening.read(file, clock, mode), opened -> switchTo(new BaseLocation.File(file), opened),
                error -> {
                    // The server's base is let go all the same: the window is on this PC's, and says why it did not open.
                    let(services);
                    services = null;
                    at(new BaseLocation.File(file));
                    model.failed(error);
                });
    }

    /**
     * The window takes another base: the one before is let go (see {@link #let}), and the new one's
     * door shows.
     */
    private void switchTo(BaseLocation where, Opening opened) {
        let(services);
        services = null;
        closeDialogs();
        at(where);
        connect(opened);
    }

    /**
     * Lets a base go on the database thread, after anything still queued for it: its contact
     * released (if the base still answers), then closed whatever happened.
     */
    private void let(Services old) {
        if (old != null) {
            tasks.execute(() -> {
                try {
                    old.shifts().signingOut();
                    old.callingSession().leave();
                } finally {
                    old.close();
                }
            });
        }
    }

    /** The person confirmed a new, empty base at the path that had none. */
    private void createBase() {
        model.opening();
        var file = databaseFile;
        tasks.run(() -> Opening.read(file, clock, OpenMode.CREATE), this::connect, model::failed);
    }

    private void changeLanguage(Locale locale) {
        show(locale);
        if (services != null && model.personProperty().get() != null) {
            // The person's own language, and the sign-in screen's next time.
            tasks.execute(() -> services.signIn().setLanguage(locale));
        }
    }

    private void closeDialogs() {
        javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage owned && owned.getOwner() == stage)
                .toList()
                .forEach(javafx.stage.Window::hide);
    }

    public WorkstationViewModel model() {
        return model;
    }

    public DoorViewModel door() {
        return door;
    }

    /** Closes the database after every queued write has run. */
    public void close() {
        if (controller != null) {
            controller.dispose();
        }
        // The contact on screen goes back to the others at once, not when its lease runs out.
        let(services);
        services = null;
        tasks.close();
    }
}
