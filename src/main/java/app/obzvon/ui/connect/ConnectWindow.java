package app.obzvon.ui.connect;

import app.obzvon.persistence.ServerAddress;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.util.function.BiConsumer;

/** Opens "Connect to a team's server…" over the caller's window (at its door). */
public final class ConnectWindow {

    private ConnectWindow() {
    }

    /**
     * @param given     the server to fill in; null: the last one connected to
     * @param userName  the user name to offer when nothing is remembered (this PC's account)
     * @param connected told on the FX thread once the server let the person in, with what was opened
     */
    public static <T extends AutoCloseable> ConnectViewModel<T> open(Window owner, UiTasks tasks,
                                                                    ConnectViewModel.Connector<T> connector,
                                                                    RememberedServer remembered, ServerAddress given,
                                                                    String userName, I18n i18n,
                                                                    BiConsumer<ServerAddress, T> connected) {
        var model = new ConnectViewModel<>(tasks, connector, remembered, given, userName, connected);
        // Shown once filled in: the focus goes where there is something left to type.
        model.load(() -> DialogStage.show(owner, i18n.get("connect.title"), new FxmlLoaderFactory(i18n)
                .load(ConnectController.class, "connect.fxml", () -> new ConnectController(model, i18n))));
        return model;
    }
}
