package app.obzvon.ui.handoff;

import app.obzvon.Services;
import app.obzvon.call.Outcome;
import app.obzvon.common.Errors;
import app.obzvon.handoff.CsvOptions;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.handoff.Handover;
import app.obzvon.handoff.HandoverResult;
import app.obzvon.handoff.LeadCriteria;
import app.obzvon.handoff.LeadTexts;
import app.obzvon.queue.CallQueue;
import app.obzvon.access.Person;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The hand-over dialog's state: which leads, which file, and the batches handed over before. */
public final class ExportViewModel {

    private final BusyTasks busyTasks;
    private final Services services;
    private final LeadTexts texts;
    private final Clock clock;

    private final ObservableList<OutcomeChoice> outcomes = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<CallQueue> queues = FXCollections.observableArrayList();
    private final ObjectProperty<CallQueue> queue = new SimpleObjectProperty<>();
    private final ObservableList<Person> callers = FXCollections.observableArrayList();
    private final ObjectProperty<Person> caller = new SimpleObjectProperty<>();
    private final BooleanProperty onlyNew = new SimpleBooleanProperty(true);
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final BooleanProperty commaDelimited = new SimpleBooleanProperty(false);
    private final BooleanProperty bom = new SimpleBooleanProperty(true);
    private final IntegerProperty matching = new SimpleIntegerProperty(-1);
    private final ObservableList<Handover> batches = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public ExportViewModel(UiTasks tasks, Services services, LeadTexts texts, Clock clock) {
        this.busyTasks = new BusyTasks(tasks);
        this.services = services;
        this.texts = texts;
        this.clock = clock;
        for (Observable criterion : List.of(from, to, queue, caller, onlyNew)) {
            criterion.addListener(o -> recount());
        }
    }

    /** Reads the choices (outcomes, queues, callers) and the past batches, then counts the matching leads. */
    public void load() {
        background(() -> new Choices(services.queueSetup().outcomes(), services.queueSetup().all(),
                services.people().all(), services.leadExporter().batches()), choices -> {
            outcomes.setAll(choices.outcomes().stream().map(OutcomeChoice::of).toList());
            outcomes.forEach(choice -> choice.chosen().addListener(o -> recount()));
            queues.setAll(choices.queues());
            callers.setAll(choices.callers());
            batches.setAll(choices.batches());
            recount();
        });
    }

    private record Choices(List<Outcome> outcomes, List<CallQueue> queues, List<Person> callers,
                           List<Handover> batches) {
    }

    public LeadCriteria criteria() {
        var chosen = outcomes.stream().filter(c -> c.chosen().get()).map(c -> c.outcome().id())
                .collect(Collectors.toSet());
        return new LeadCriteria(chosen, from.get(), to.get(), queue.get() == null ? null : queue.get().id(),
                caller.get() == null ? null : caller.get().id(), onlyNew.get());
    }

    /** How many leads an export would hand over now. */
    public void recount() {
        if (outcomes.isEmpty()) {
            return;
        }
        if (noOutcomeChosen() || periodBackwards()) {
            matching.set(0);
            return;
        }
        var criteria = criteria();
        background(() -> services.leadExporter().preview(criteria).size(), matching::set);
    }

    private boolean noOutcomeChosen() {
        return outcomes.stream().noneMatch(c -> c.chosen().get());
    }

    private boolean periodBackwards() {
        return from.get() != null && to.get() != null && from.get().isAfter(to.get());
    }

    public String suggestedFileName() {
        return "leads-" + LocalDate.now(clock) + "." + format.get().extension();
    }

    /** Writes the matching leads to the file and records them as a batch handed over. */
    public void export(Path target) {
        if (noOutcomeChosen()) {
            notice.set(Notice.error("export.notice.no.outcome"));
            return;
        }
        if (periodBackwards()) {
            notice.set(Notice.error("export.notice.period"));
            return;
        }
        var criteria = criteria();
        var chosenFormat = format.get();
        var csv = csvOptions();
        background(() -> {
            HandoverResult result = services.leadExporter().export(criteria, chosenFormat, csv, texts, target);
            return new Exported(result, services.leadExporter().batches());
        }, exported -> {
            batches.setAll(exported.batches());
            var result = exported.result();
            notice.set(result.handedOver()
                    ? Notice.info("export.notice.done", result.batch().id(), result.leadCount(), target.getFileName().toString())
                    : Notice.info("export.notice.nothing"));
            recount();
        });
    }

    private record Exported(HandoverResult result, List<Handover> batches) {
    }

    /** Writes a past batch again, as it was handed over; marks nothing. */
    public void exportAgain(Handover batch, Path target) {
        var chosenFormat = format.get();
        var csv = csvOptions();
        background(() -> services.leadExporter().exportAgain(batch.id(), chosenFormat, csv, texts, target),
                again -> notice.set(Notice.info("export.notice.again", again.id(), again.leadCount(),
                        target.getFileName().toString())));
    }

    private CsvOptions csvOptions() {
        return new CsvOptions(commaDelimited.get() ? ',' : ';', bom.get());
    }

    private <T> void background(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess) {
        busyTasks.create(work).onSuccess(onSuccess).onError(error -> notice.set(Notice.error("notice.action.failed", Errors.message(error)))).run();
    }

    public ObservableList<OutcomeChoice> outcomes() { return outcomes; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<CallQueue> queues() { return queues; }
    public ObjectProperty<CallQueue> queueProperty() { return queue; }
    public ObservableList<Person> callers() { return callers; }
    public ObjectProperty<Person> callerProperty() { return caller; }
    public BooleanProperty onlyNewProperty() { return onlyNew; }
    public ObjectProperty<ExportFormat> formatProperty() { return format; }
    public BooleanProperty commaDelimitedProperty() { return commaDelimited; }
    public BooleanProperty bomProperty() { return bom; }
    public IntegerProperty matchingProperty() { return matching; }
    public ObservableList<Handover> batches() { return batches; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return busyTasks.busyProperty(); }
}
