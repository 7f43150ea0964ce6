package app.obzvon.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A supervisor's window over the caller's: modal to it, closed with it. */
public final class DialogStage {

    private DialogStage() {
    }

    public static void show(Window owner, String title, Parent root) {
        var stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setScene(new Scene(root));
        stage.show();
    }
}
