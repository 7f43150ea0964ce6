package app.obzvon;

import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.time.Clock;

/** The JavaFX application: one caller's window on the database the command line or the system names. */
public class ObzvonApp extends Application {

    private WorkstationWindow window;

    /** Kept here so that the command line never loads JavaFX: {@link Main} only calls this for the window. */
    static void launchWindow(String[] args) {
        launch(ObzvonApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        var clock = Clock.systemDefaultZone();
        window = new WorkstationWindow(stage, new BackgroundTasks(), clock,
                uri -> getHostServices().showDocument(uri), Platform::exit, FilePicker.system());
        window.open(DatabaseLocation.forThisMachine(getParameters().getRaw()));
    }

    @Override
    public void stop() {
        window.close();
    }
}
