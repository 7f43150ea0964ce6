package app.obzvon.ui.dashboard;

import app.obzvon.common.Errors;
import app.obzvon.figures.ReportFiles;
import app.obzvon.figures.ReportSpan;
import app.obzvon.figures.TeamFigures;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.FileNames;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The team's report saved as XLSX from the dashboard: today, this week, this month or the last 30
 * days, per caller and for the team with the funnel. Its own line says what came of it (the
 * dashboard's line is rewritten at every refresh).
 */
public final class ReportViewModel {

    /** Which days the report covers, counted from today. */
    public enum Span {
        TODAY, THIS_WEEK, THIS_MONTH, LAST_30_DAYS;

        ReportSpan of(LocalDate today) {
            return switch (this) {
                case TODAY -> ReportSpan.day(today);
                case THIS_WEEK -> ReportSpan.week(today);
                case THIS_MONTH -> new ReportSpan(today.withDayOfMonth(1), today);
                case LAST_30_DAYS -> new ReportSpan(today.minusDays(29), today);
            };
        }
    }

    private final BusyTasks tasks;
    private final TeamFigures figures;
    private final Clock clock;
    private final ReportFiles.Texts texts;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public ReportViewModel(UiTasks tasks, TeamFigures figures, Clock clock, ReportFiles.Texts texts) {
        this.tasks = new BusyTasks(tasks);
        this.figures = figures;
        this.clock = clock;
        this.texts = texts;
    }

    public ReportSpan span(Span span) {
        return span.of(LocalDate.now(clock));
    }

    /** The name offered in the save dialog: the team and the days, first to last. */
    public String suggestedFileName(Span span) {
        var days = span(span);
        return FileNames.of(texts.get("report.file", days.first(), days.last()), "report", "xlsx");
    }

    public void save(Span span, Path file) {
        if (tasks.isBusy()) {
            return;
        }
        var days = span(span);
        var zone = clock.getZone();
        tasks.create(() -> {
            ReportFiles.save(figures.period(days.from(zone), days.to(zone)), days, texts, file);
            return file;
        }).onSuccess(saved -> notice.set(Notice.info("report.saved", saved.getFileName().toString())))
                .onError(error -> notice.set(Notice.error("report.failed", Errors.message(error)))).run();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }

    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
