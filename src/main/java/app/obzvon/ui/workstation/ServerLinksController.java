package app.obzvon.ui.workstation;

import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;

/**
 * The door's two links (sign-in, first start, a base that could not be opened): "Connect to a team's
 * server…", and on a server "This PC's base".
 */
public final class ServerLinksController {

    private final WorkstationViewModel model;
    private final Runnable connect;
    private final Runnable thisPc;

    @FXML private Hyperlink connectLink;
    @FXML private Hyperlink thisPcLink;

    public ServerLinksController(WorkstationViewModel model, Runnable connect, Runnable thisPc) {
        this.model = model;
        this.connect = connect;
        this.thisPc = thisPc;
    }

    @FXML
    private void initialize() {
        thisPcLink.visibleProperty().bind(model.onServerProperty());
        thisPcLink.managedProperty().bind(model.onServerProperty());
        connectLink.disableProperty().bind(model.busyProperty());
        thisPcLink.disableProperty().bind(model.busyProperty());
    }

    @FXML
    private void connect() {
        connectLink.setVisited(false);
        connect.run();
    }

    @FXML
    private void thisPc() {
        thisPcLink.setVisited(false);
        thisPc.run();
    }
}
