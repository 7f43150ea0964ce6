package app.obzvon.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The cold-start baseline: what JavaFX alone takes to show an empty 1280×800 window. */
public final class BareWindow extends Application {

    static final String SHOWN = "bare-window shown";

    @Override
    public void start(Stage stage) {
        stage.setTitle("bare");
        stage.setScene(new Scene(new Pane(), 1280, 800));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> System.out.println(SHOWN));
        stage.show();
    }

    /** A main class that is not an Application, so the launcher starts it from the classpath as it does the app. */
    public static final class Launcher {

        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
