package app.obzvon.ui.dashboard;

import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

import java.time.format.DateTimeFormatter;

/** The dashboard's report menu: today, this week, this month, the last 30 days, each saved where the supervisor picks. */
public final class ReportMenuController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    private final ReportViewModel model;
    private final I18n i18n;
    private final FilePicker files;

    @FXML private MenuButton reportButton;
    @FXML private Label reportNotice;

    public ReportMenuController(ReportViewModel model, I18n i18n, FilePicker files) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
    }

    @FXML
    private void initialize() {
        for (var span : ReportViewModel.Span.values()) {
            var days = model.span(span);
            var item = new MenuItem(i18n.get("report.span." + span.name(), DAY.format(days.first()), DAY.format(days.last())));
            item.setId("report-" + span.name());
            item.setOnAction(e -> files.save(reportButton.getScene().getWindow(), i18n.get("report.button"),
                    model.suggestedFileName(span)).ifPresent(file -> model.save(span, file)));
            reportButton.getItems().add(item);
        }
        reportButton.disableProperty().bind(model.busyProperty());
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(reportNotice, i18n, notice));
    }
}
