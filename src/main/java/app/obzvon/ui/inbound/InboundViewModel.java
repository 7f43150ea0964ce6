package app.obzvon.ui.inbound;

import app.obzvon.access.Person;
import app.obzvon.common.Errors;
import app.obzvon.common.RefusedException;
import app.obzvon.importing.ImportException;
import app.obzvon.inbound.Duty;
import app.obzvon.inbound.Entered;
import app.obzvon.inbound.HalfDay;
import app.obzvon.inbound.Handout;
import app.obzvon.inbound.InboundRequest;
import app.obzvon.inbound.InboundRequests;
import app.obzvon.inbound.InboundSettings;
import app.obzvon.inbound.NewRequest;
import app.obzvon.inbound.RejectedRequest;
import app.obzvon.inbound.RequestImport;
import app.obzvon.team.People;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The supervisor's inbound requests: the quick entry (Enter saves), a file loaded, how requests are
 * handed out and after how long one waits too long, the duty roster for the coming days, and today's
 * requests with their state, read again every few seconds (which hands out any that wait).
 */
public final class InboundViewModel {

    /** How many days the roster shows, from today. */
    public static final int ROSTER_DAYS = 7;
    /** How often the list is read again while the window is open. */
    static final Duration REFRESH_EVERY = Duration.ofSeconds(10);

    private final BusyTasks tasks;
    private final InboundRequests requests;
    private final People people;
    private final Clock clock;

    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty wants = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ObservableList<InboundRequest> today = FXCollections.observableArrayList();
    private final ObservableList<RejectedRequest> rejected = FXCollections.observableArrayList();
    private final ObservableList<Person> onDutyChoices = FXCollections.observableArrayList();
    private final ObservableList<Duty> roster = FXCollections.observableArrayList();
    private final ObjectProperty<Handout> handout = new SimpleObjectProperty<>(InboundSettings.DEFAULT.handout());
    private final IntegerProperty waitingMinutes =
            new SimpleIntegerProperty((int) InboundSettings.DEFAULT.waitingTooLong().toMinutes());
    /** The limit as saved: what the list's highlighting goes by. */
    private final ObjectProperty<Duration> tooLongAfter =
            new SimpleObjectProperty<>(InboundSettings.DEFAULT.waitingTooLong());
    private final ObjectProperty<Instant> now;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private Instant lastRead = Instant.EPOCH;

    public InboundViewModel(UiTasks tasks, InboundRequests requests, People people, Clock clock) {
        this.tasks = new BusyTasks(tasks);
        this.requests = requests;
        this.people = people;
        this.clock = clock;
        this.now = new SimpleObjectProperty<>(clock.instant());
    }

    /** Everything the window shows, read once it opens. */
    public void load() {
        run(() -> new Everything(requests.settings(), people.all().stream().filter(Person::active).toList(),
                requests.roster(LocalDate.now(clock), ROSTER_DAYS), requests.today()), all -> {
            handout.set(all.settings().handout());
            waitingMinutes.set((int) all.settings().waitingTooLong().toMinutes());
            tooLongAfter.set(all.settings().waitingTooLong());
            onDutyChoices.setAll(all.people());
            roster.setAll(all.roster());
            showToday(all.today());
        });
    }

    private record Everything(InboundSettings settings, List<Person> people, List<Duty> roster,
                              List<InboundRequest> today) {
    }

    /** Each second from the window: the waiting times move on, and the list is read again every few seconds. */
    public void tick() {
        var at = clock.instant();
        now.set(at);
        if (!tasks.isBusy() && !at.isBefore(lastRead.plus(REFRESH_EVERY))) {
            lastRead = at;
            run(requests::today, this::showToday);
        }
    }

    /** Enter: the request typed is recorded and handed out; the form empties for the next one. */
    public void enter() {
        var typed = new NewRequest(company.get(), person.get(), phone.get(), wants.get(), source.get());
        run(() -> new Saved(requests.enter(typed), requests.today()), saved -> {
            company.set("");
            person.set("");
            phone.set("");
            wants.set("");
            rejected.clear();
            showToday(saved.today());
            var entered = saved.entered();
            notice.set(entered.callerId() == null ? Notice.info("inbound.entered.waiting", entered.company())
                    : Notice.info("inbound.entered", entered.company(), entered.callerName()));
        });
    }

    private record Saved(Entered entered, List<InboundRequest> today) {
    }

    /** A file of requests: all its rows, or none and the rows that stopped it. */
    public void importFile(Path file) {
        run(() -> new Loaded(requests.importFile(file), requests.today()), loaded -> {
            showToday(loaded.today());
            var done = loaded.imported();
            rejected.setAll(done.rejected());
            notice.set(done.done() ? Notice.info("inbound.imported", done.fileName(), done.added(), done.waiting())
                    : Notice.error("inbound.import.rejected", done.fileName(), done.rejected().size()));
        });
    }

    private record Loaded(RequestImport imported, List<InboundRequest> today) {
    }

    /** Saves the rule and the limit; requests waiting go out under the new rule. */
    public void saveSettings() {
        var chosen = new InboundSettings(handout.get(), Duration.ofMinutes(waitingMinutes.get()));
        run(() -> {
            requests.saveSettings(chosen);
            return requests.today();
        }, list -> {
            tooLongAfter.set(chosen.waitingTooLong());
            showToday(list);
            notice.set(Notice.info("inbound.settings.saved"));
        });
    }

    /** Puts a person on duty for a half-day (null: nobody). */
    public void setDuty(LocalDate day, HalfDay half, Person onDuty) {
        var from = LocalDate.now(clock);
        run(() -> {
            requests.setDuty(day, half, onDuty == null ? null : onDuty.id());
            return new Rostered(requests.roster(from, ROSTER_DAYS), requests.today());
        }, done -> {
            roster.setAll(done.roster());
            showToday(done.today());
            notice.set(Notice.info("inbound.duty.saved"));
        });
    }

    private record Rostered(List<Duty> roster, List<InboundRequest> today) {
    }

    /** Whether a request has waited longer than the supervisor's limit without an answer. */
    public boolean tooLong(InboundRequest request) {
        return !request.answered() && request.waited(now.get()).compareTo(tooLongAfter.get()) >= 0;
    }

    private void showToday(List<InboundRequest> list) {
        lastRead = clock.instant();
        today.setAll(list);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        tasks.create(work)
                .onSuccess(onSuccess)
                .onError(RefusedException.class, refused -> notice.set(Notice.error(refused.key(),
                        refused.args().toArray())))
                .onError(ImportException.class, unreadable -> notice.set(
                        Notice.error("inbound.import.failed", Errors.message(unreadable))))
                .onError(error -> notice.set(Notice.error("notice.action.failed", Errors.message(error))))
                .run();
    }

    public StringProperty companyProperty() { return company; }
    public StringProperty personProperty() { return person; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty wantsProperty() { return wants; }
    public StringProperty sourceProperty() { return source; }
    public ObservableList<InboundRequest> today() { return today; }
    public ObservableList<RejectedRequest> rejected() { return rejected; }
    public ObservableList<Person> onDutyChoices() { return onDutyChoices; }
    public ObservableList<Duty> roster() { return roster; }
    public ObjectProperty<Handout> handoutProperty() { return handout; }
    public IntegerProperty waitingMinutesProperty() { return waitingMinutes; }
    public ReadOnlyObjectProperty<Instant> nowProperty() { return now; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
    public Clock clock() { return clock; }
}
