package app.obzvon;

import javafx.application.Application;

/** Starts the workstation. A plain class, so a classpath jar can launch JavaFX. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(ObzvonApp.class, args);
    }
}
