package app.obzvon.ui.workstation;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With {@code -Dobzvon.trace.startup=true}, prints when the window is first shown and when the
 * first real screen (a contact, an empty queue, the first start…) replaces the loading one and is
 * laid out. The
 * benchmark suite times a cold start by these lines; without the property nothing is printed.
 */
final class StartupTrace {

    static final String PROPERTY = "obzvon.trace.startup";
    static final String PREFIX = "obzvon-startup ";

    private StartupTrace() {
    }

    static void follow(Stage stage, ObservableValue<Screen> screen) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                System.out.println(PREFIX + "window-shown");
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
            }
        });
        screen.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Screen> observable, Screen old, Screen now) {
                if (now != Screen.LOADING) {
                    screen.removeListener(this);
                    // Printed once the filled screen has been laid out for drawing, not when it was decided.
                    var scene = stage.getScene();
                    scene.addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            System.out.println(PREFIX + "ready " + now);
                            scene.removePostLayoutPulseListener(this);
                        }
                    });
                }
            }
        });
    }
}
