package app.obzvon;

import app.obzvon.logs.Logs;
import app.obzvon.persistence.OpenMode;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.SystemDialer;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The JavaFX application: one caller's window on the base the command line or the system names (a
 * file, or a team's base on a server: {@code --db postgresql://host/base}).
 * The toolkit makes this class itself, so what starts before it (the database thread, the base
 * opening) is handed over in static fields.
 */
public class ObzvonApp extends Application {

    private static final Clock CLOCK = clock(System.getProperty("obzvon.clock"));
    private static BackgroundTasks tasks;
    private static BaseLocation location;
    private static Path localFile;
    private static OpenMode localMode;
    private static Future<WorkstationWindow.Opening> opening;
    private WorkstationWindow window;

    /**
     * The machine's clock; or, with {@code -Dobzvon.clock=2026-11-23T07:00:00Z}, one that starts at
     * that moment and runs on: for demos, screenshots and the benchmarks, which need a weekday's
     * calling hours whatever day the machine reads.
     */
    static Clock clock(String startAt) {
        var system = Clock.systemDefaultZone();
        if (startAt == null || startAt.isBlank()) {
            return system;
        }
        return Clock.offset(system, java.time.Duration.between(system.instant(), java.time.Instant.parse(startAt.strip())));
    }

    /** Kept here so that the command line never loads JavaFX: {@link Main} only calls this for the window. */
    static void launchWindow(String[] args) {
        // The base opens on the database thread while the toolkit starts and the window is built.
        tasks = new BackgroundTasks();
        var named = List.of(args);
        localFile = DatabaseLocation.localFileForThisMachine(named);
        // A path someone typed (--db, OBZVON_DB) may be mistyped: the window asks before creating a base there.
        localMode = DatabaseLocation.localNamed(named, System.getenv()) ? OpenMode.EXISTING : OpenMode.CREATE;
        try {
            location = DatabaseLocation.chooseForThisMachine(named);
        } catch (IllegalArgumentException e) {
            // A server address that cannot be read: the window says why, at this PC's base's place.
            location = new BaseLocation.File(localFile);
            opening = CompletableFuture.failedFuture(e);
        }
        if (location instanceof BaseLocation.Server server) {
            // The password from PGPASSWORD, else the driver reads the person's own ~/.pgpass; else the window asks.
            var password = System.getenv("PGPASSWORD");
            opening = tasks.submit(() -> WorkstationWindow.Opening.read(server.address(), password, CLOCK));
            // No base folder on this PC: the log goes where this PC's base keeps its own.
            tasks.submit(() -> {
                Logs.toFolder(localFile);
                return null;
            });
        } else if (opening == null) {
            var databaseFile = ((BaseLocation.File) location).path();
            opening = tasks.submit(() -> WorkstationWindow.Opening.read(databaseFile, CLOCK, localMode));
            // The log's file after the opening, on the same thread: the sign-in screen does not wait for
            // it (it cost the cold start 150 ms), and a base that is not there gets no folder of logs.
            tasks.submit(() -> {
                if (java.nio.file.Files.exists(databaseFile)) {
                    Logs.toFolder(databaseFile);
                }
                return null;
            });
        }
        launch(ObzvonApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        window = new WorkstationWindow(stage, tasks, CLOCK,
                new SystemDialer(), Platform::exit, FilePicker.system())
                .thisPc(localFile, localMode)
                .rememberServerIn(DatabaseLocation.serverFileForThisMachine());
        if (location instanceof BaseLocation.Server server) {
            window.open(server.address(), opening);
        } else {
            window.open(((BaseLocation.File) location).path(), opening);
        }
    }

    @Override
    public void stop() {
        window.close();
    }
}
