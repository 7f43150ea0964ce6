package app.obzvon.ui.common;

import javafx.scene.control.Label;

/** Shows a view model's notice in a label: translated, and red when it is an error. */
public final class NoticeLabel {

    private NoticeLabel() {
    }

    public static void show(Label label, I18n i18n, Notice notice) {
        label.getStyleClass().remove("error");
        label.setText(notice == null ? "" : i18n.get(notice.key(), notice.args().toArray()));
        if (notice != null && notice.error()) {
            label.getStyleClass().add("error");
        }
    }
}
