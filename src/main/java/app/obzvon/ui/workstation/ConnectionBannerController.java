package app.obzvon.ui.workstation;

import app.obzvon.call.Outcome;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/**
 * The banner across the caller's window while the team's server does not answer: which server,
 * that the window is reconnecting, and what became of the outcome being logged. Shown and hidden by
 * the view model's {@link ServerWatch}.
 */
public final class ConnectionBannerController {

    private final ServerWatch watch;
    private final I18n i18n;

    @FXML private HBox banner;
    @FXML private ProgressIndicator spinner;
    @FXML private Label titleLabel;
    @FXML private Label detailLabel;

    public ConnectionBannerController(ServerWatch watch, I18n i18n) {
        this.watch = watch;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        banner.visibleProperty().bind(watch.downProperty());
        banner.managedProperty().bind(watch.downProperty());
        // No spinning while hidden: an indeterminate indicator animates for as long as it is shown.
        spinner.visibleProperty().bind(watch.downProperty());
        watch.serverProperty().addListener((obs, old, server) -> showTitle());
        watch.detailProperty().addListener((obs, old, detail) -> showDetail(detail));
        showTitle();
        showDetail(watch.detailProperty().get());
    }

    private void showTitle() {
        titleLabel.setText(i18n.get("server.down", watch.serverProperty().get()));
    }

    private void showDetail(Notice detail) {
        var names = new OutcomeNames(i18n);
        detailLabel.setText(detail == null ? "" : i18n.get(detail.key(), detail.args().stream()
                .map(a -> a instanceof Outcome o ? (Object) names.of(o) : a).toArray()));
        detailLabel.setVisible(detail != null);
        detailLabel.setManaged(detail != null);
    }
}
