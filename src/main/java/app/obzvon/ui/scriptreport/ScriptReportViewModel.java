package app.obzvon.ui.scriptreport;

import app.obzvon.Services;
import app.obzvon.common.Errors;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.report.ReportedVersion;
import app.obzvon.report.ScriptReport;
import app.obzvon.report.ScriptReportFiles;
import app.obzvon.report.ScriptReportTexts;
import app.obzvon.report.StepFigures;
import app.obzvon.report.UnmatchedAnswer;
import app.obzvon.script.ScriptSummary;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.FileNames;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Script analytics: pick a script and a version, read its figures per step, save them as a file. */
public final class ScriptReportViewModel {

    private final BusyTasks busyTasks;
    private final Services services;
    private final ScriptReportTexts texts;

    private final ObservableList<ScriptSummary> scripts = FXCollections.observableArrayList();
    private final ObjectProperty<ScriptSummary> script = new SimpleObjectProperty<>();
    private final ObservableList<ReportedVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<ReportedVersion> version = new SimpleObjectProperty<>();
    private final ObjectProperty<ScriptReport> report = new SimpleObjectProperty<>();
    private final ObservableList<StepFigures> steps = FXCollections.observableArrayList();
    private final ObservableList<StepFigures> objections = FXCollections.observableArrayList();
    private final ObservableList<UnmatchedAnswer> unmatched = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public ScriptReportViewModel(UiTasks tasks, Services services, ScriptReportTexts texts) {
        this.busyTasks = new BusyTasks(tasks);
        this.services = services;
        this.texts = texts;
        script.addListener((obs, old, picked) -> loadVersions(picked));
        version.addListener((obs, old, picked) -> loadReport(picked));
    }

    /** Reads the scripts and shows the first one's newest version. */
    public void load() {
        background(() -> services.scripts().all(), all -> {
            scripts.setAll(all);
            script.set(all.isEmpty() ? null : all.get(0));
            if (all.isEmpty()) {
                notice.set(Notice.info("scriptreport.no.scripts"));
            }
        });
    }

    private void loadVersions(ScriptSummary picked) {
        if (picked == null) {
            versions.clear();
            return;
        }
        background(() -> services.scriptReports().versions(picked.scriptId()), all -> {
            versions.setAll(all);
            version.set(all.isEmpty() ? null : all.get(0));
        });
    }

    private void loadReport(ReportedVersion picked) {
        if (picked == null) {
            show(null);
            return;
        }
        background(() -> services.scriptReports().report(picked.versionId()), this::show);
    }

    private void show(ScriptReport shown) {
        report.set(shown);
        // A version no call used yet has nothing to read in its steps: the table says so instead.
        steps.setAll(shown == null || shown.calls() == 0 ? List.of() : shown.steps());
        objections.setAll(shown == null ? List.of() : shown.objectionsMetMost());
        unmatched.setAll(shown == null ? List.of() : shown.unmatched());
    }

    /** The file name offered when saving: the script's name and version. */
    public String suggestedFileName(ExportFormat format) {
        var s = script.get();
        var v = version.get();
        return FileNames.of(s == null ? "" : s.name() + (v == null ? "" : " v" + v.number()), "script", format.extension());
    }

    public void export(Path file, ExportFormat format) {
        var shown = report.get();
        if (shown == null || busyTasks.isBusy()) {
            return;
        }
        background(() -> {
            ScriptReportFiles.save(shown, format, texts, file);
            return file;
        }, saved -> notice.set(Notice.info("scriptreport.saved", saved.getFileName().toString())));
    }

    private <T> void background(Callable<T> work, Consumer<T> done) {
        busyTasks.create(work).onSuccess(done).onError(error -> notice.set(Notice.error("scriptreport.failed", Errors.message(error)))).run();
    }

    public ObservableList<ScriptSummary> scripts() { return scripts; }
    public ObjectProperty<ScriptSummary> scriptProperty() { return script; }
    public ObservableList<ReportedVersion> versions() { return versions; }
    public ObjectProperty<ReportedVersion> versionProperty() { return version; }
    public ReadOnlyObjectProperty<ScriptReport> reportProperty() { return report; }
    public ObservableList<StepFigures> steps() { return steps; }
    public ObservableList<StepFigures> objections() { return objections; }
    public ObservableList<UnmatchedAnswer> unmatched() { return unmatched; }
    public ReadOnlyBooleanProperty busyProperty() { return busyTasks.busyProperty(); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
}
