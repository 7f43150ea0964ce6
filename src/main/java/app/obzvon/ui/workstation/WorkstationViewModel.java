package app.obzvon.ui.workstation;

import app.obzvon.access.Person;
import app.obzvon.call.CallDetails;
import app.obzvon.calling.ContactTakenException;
import app.obzvon.call.CallHistoryEntry;
import app.obzvon.call.CallbackTimes;
import app.obzvon.call.DayProgress;
import app.obzvon.call.LoggedCall;
import app.obzvon.calling.CallingSession;
import app.obzvon.calling.QueueView;
import app.obzvon.call.Outcome;
import app.obzvon.contact.Contact;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.RefusalReason;
import app.obzvon.inbound.InboundCard;
import app.obzvon.inbound.InboundRequests;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.UpcomingCall;
import app.obzvon.persistence.DatabaseFault;
import app.obzvon.ui.common.FaultNotice;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.Tasks;
import app.obzvon.ui.common.UiTasks;
import app.obzvon.ui.script.ScriptWalkViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The caller screen's state and actions. It exposes properties and calls services in background
 * tasks; it never touches a control, so it is tested without a window.
 */
public final class WorkstationViewModel {

    private final Tasks tasks;
    private final Clock clock;
    private CallingSession session;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.LOADING);
    private final ObservableList<CallQueue> queues = FXCollections.observableArrayList();
    private final ObjectProperty<CallQueue> queue = new SimpleObjectProperty<>();
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();
    private final ObjectProperty<Contact> contact = new SimpleObjectProperty<>();
    /** The inbound request on the company shown, if it is one given to this caller; null: none. */
    private final ObjectProperty<InboundCard> inbound = new SimpleObjectProperty<>();
    private InboundRequests inboundRequests;
    private final ObservableList<CallHistoryEntry> history = FXCollections.observableArrayList();
    private final ScriptWalkViewModel script = new ScriptWalkViewModel();
    private final ObjectProperty<DayProgress> progress = new SimpleObjectProperty<>();
    private final ObjectProperty<UpcomingCall> upcoming = new SimpleObjectProperty<>();
    private final ObjectProperty<QueueView.WorkingList> workingList = new SimpleObjectProperty<>();
    private final CallbackReminders reminders;
    private final ObjectProperty<Outcome> pendingOutcome = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty undoAvailable = new SimpleBooleanProperty(false);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final StringProperty callerName = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Instant> now;
    private final ServerWatch server;
    private final StringProperty base = new SimpleStringProperty("");
    private final BooleanProperty onServer = new SimpleBooleanProperty(false);
    /** The outcome a server's outage took: said again when it answers, checked first when it was in doubt. */
    private Lost lost;

    /** An outcome the server did not take, or may not have: {@code since} the key was pressed. */
    private record Lost(Contact contact, Outcome outcome, Instant since, boolean inDoubt) {
    }

    /** Well inside the lease ({@link app.obzvon.queue.Claims#LEASE}). */
    static final Duration RENEW_EVERY = Duration.ofMinutes(2);
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private Instant lastRenewed = Instant.EPOCH;
    /** How often the day's figures are read again while nothing is pressed: another window or PC of the person's may log. */
    static final Duration RECOUNT_EVERY = Duration.ofSeconds(10);
    private Instant lastCounted = Instant.EPOCH;
    /** The upcoming call an empty queue last woke up for. */
    private UpcomingCall wokeFor;
    /** The number last dialled on the contact shown; null: none yet (the first open one is meant). */
    private Long onLine;
    private boolean replacingQueue;
    private Instant shownAt;
    private LoggedCall lastLogged;

    public WorkstationViewModel(UiTasks tasks, Clock clock) {
        this.tasks = new Tasks(tasks);
        this.clock = clock;
        this.reminders = new CallbackReminders(tasks);
        this.now = new SimpleObjectProperty<>(clock.instant());
        this.server = new ServerWatch(tasks);
        queue.addListener((obs, old, selected) -> {
            if (selected != null && selected != old && !replacingQueue) {
                pendingOutcome.set(null);
                show(() -> session.open(selected));
            }
        });
    }

    /**
     * Once a person is signed in, with their start read on the database thread: who is calling, the
     * outcomes, their queues and the first queue's screen.
     */
    public void connect(Person signedIn, CallingSession opened, CallingSession.Start start) {
        this.session = opened;
        reminders.reset();
        person.set(signedIn);
        lastRenewed = clock.instant();
        callerName.set(start.callerName());
        outcomes.setAll(start.outcomes());
        if (start.first() == null) {
            showQueues(start.queues());
        } else {
            // The first queue is open already: show its screen without reading it again.
            queues.setAll(start.queues());
            replacingQueue = true;
            queue.set(start.queues().get(0));
            replacingQueue = false;
            apply(start.first(), null);
            if (inboundOn(start.first().contact())) {
                var shown = start.first().contact();
                background(() -> inboundRequests.onCard(shown.id()).orElse(null), card -> {
                    if (contact.get() != null && contact.get().id() == shown.id()) {
                        inbound.set(card);
                    }
                });
            }
        }
    }

    /** The base's inbound requests: a callback of the caller's own may be one, and the card says so. */
    public void inbound(InboundRequests requests) {
        this.inboundRequests = requests;
    }

    /**
     * The base cannot be worked with: the reason instead of the screen; a named path with no base
     * asks whether to create one there.
     */
    public void failed(Throwable error) {
        busy.set(false);
        notice.set(FaultNotice.of(error, "notice.database.failed"));
        screen.set(FaultNotice.is(error, DatabaseFault.Kind.MISSING) ? Screen.NO_BASE : Screen.FAILED);
    }

    /** The base is opening again (a new one confirmed at a path that had none). */
    public void opening() {
        notice.set(null);
        screen.set(Screen.LOADING);
    }

    /** Which base the window is on (opened, or being opened): a file's path, or {@code server/base}, for the status bar. */
    public void at(String shown, boolean server) {
        base.set(shown);
        onServer.set(server);
    }

    /**
     * A base was opened: its cheap statement, asked every few seconds while a server does not
     * answer. Whatever the banner said belonged to the base before: it goes.
     */
    public void watchServer(Runnable ping) {
        lost = null;
        server.watch(ping, this::serverBack);
    }

    /**
     * A step met the server away: the banner shows until the server answers again. Anything the
     * step was about is said by whoever ran it; here only the banner.
     */
    public void serverLost(Throwable error) {
        var fault = FaultNotice.outage(error);
        if (fault != null) {
            busy.set(false);
            server.lost(fault, null);
        }
    }

    /** Whether the base was opened read-only: the screen says so for as long as it is open. */
    public void baseReadOnly(boolean readOnly) {
        this.readOnly.set(readOnly);
    }

    /**
     * An action failed: a damaged base takes the screen (nothing more can be trusted to it); any other
     * error is told on the status line and the screen stays as it was, the contact still on it.
     */
    private void refused(Throwable error, Notice told) {
        busy.set(false);
        if (FaultNotice.is(error, DatabaseFault.Kind.CORRUPT)) {
            failed(error);
            return;
        }
        if (FaultNotice.outage(error) != null) {
            // The banner says the server is away and goes when it answers: the screen stays as it was.
            serverLost(error);
        }
        notice.set(told);
    }

    /** Refuses a step while the server does not answer: said on the status line, nothing lost. */
    private boolean serverAway() {
        if (server.isDown()) {
            notice.set(Notice.error("server.down.refused"));
            return true;
        }
        return false;
    }

    /**
     * The door (the first start or sign-in) takes the window: nobody's contact, queues or progress
     * stay on screen. The session has already let go of its claim.
     */
    public void showDoor(Screen door) {
        person.set(null);
        lost = null;
        forgetLast();
        pendingOutcome.set(null);
        note.set("");
        replacingQueue = true;
        queue.set(null);
        queues.clear();
        replacingQueue = false;
        contact.set(null);
        inbound.set(null);
        history.clear();
        progress.set(null);
        upcoming.set(null);
        workingList.set(null);
        reminders.reset();
        script.clear();
        busy.set(false);
        screen.set(door);
    }

    /** The caller dialled this number of the contact on screen: the outcome will be about it. */
    public void onLine(long phoneId) {
        onLine = phoneId;
    }

    /** Whether a contact's card is on screen (so a lock must cover it, and its claim be renewed). */
    public boolean onContact() {
        return screen.get() == Screen.CONTACT;
    }

    /** After a new base is loaded: the queues again, keeping the caller on the queue they had. */
    /** The rule table changed: the outcome bar shows the outcomes as they are now. */
    public void reloadOutcomes() {
        if (session == null) {
            return;
        }
        background(session::outcomes, outcomes::setAll);
    }

    public void reloadQueues() {
        var selected = queue.get();
        background(session::queues, all -> {
            if (selected == null) {
                showQueues(all);
                return;
            }
            replacingQueue = true;
            queues.setAll(all);
            var same = all.stream().filter(q -> q.id() == selected.id()).findFirst().orElse(all.get(0));
            queue.set(same);
            replacingQueue = false;
            // A contact on screen stays there (the caller may be on the phone); an empty queue may have filled.
            if (screen.get() != Screen.CONTACT || same.id() != selected.id()) {
                show(() -> session.open(same));
            }
        });
    }

    private void showQueues(List<CallQueue> all) {
        queues.setAll(all);
        if (all.isEmpty()) {
            screen.set(Screen.NO_QUEUES);
        } else {
            queue.set(all.get(0));
        }
    }

    /** One click or key on the outcome bar. Outcomes that need a time or a reason wait for it. */
    public void choose(Outcome outcome) {
        if (busy.get() || contact.get() == null || serverAway()) {
            return;
        }
        if (outcome.needsDetails()) {
            pendingOutcome.set(outcome);
        } else {
            log(outcome, CallDetails.none());
        }
    }

    public void chooseCallbackInOneHour() {
        completePending(CallbackTimes.inOneHour(clock.instant()), null);
    }

    public void chooseCallbackTomorrowMorning() {
        completePending(CallbackTimes.tomorrowMorning(clock.instant(), contactZone()), null);
    }

    /** A date and time the prospect named, in their own time zone. */
    public void chooseCallbackAt(LocalDate date, LocalTime time) {
        var at = CallbackTimes.at(date, time, contactZone());
        if (!at.isAfter(clock.instant())) {
            notice.set(Notice.error("notice.callback.past"));
            return;
        }
        completePending(at, null);
    }

    public void chooseReason(RefusalReason reason) {
        completePending(null, reason);
    }

    public void cancelPending() {
        pendingOutcome.set(null);
    }

    private void completePending(Instant callbackAt, RefusalReason reason) {
        var outcome = pendingOutcome.get();
        if (outcome != null) {
            log(outcome, new CallDetails(null, callbackAt, reason));
        }
    }

    private void log(Outcome outcome, CallDetails details) {
        if (serverAway()) {
            return;
        }
        var current = contact.get();
        var started = shownAt;
        var pressed = clock.instant();
        var withNote = details.withNote(note.get()).withScript(script.path()).withPhone(onLine);
        busy.set(true);
        // Committed before the next contact is read: nothing logged is lost.
        tasks.create(() -> withInbound(session.log(current.id(), outcome, withNote, started),
                CallingSession.Logged::next)).onSuccess(carded -> {
            var logged = carded.result();
            lastLogged = logged.call();
            note.set("");
            pendingOutcome.set(null);
            notice.set(Notice.info("notice.logged", outcome, current.company()));
            apply(logged.next(), carded.inbound());
            tick();
        }).onError(error -> {
            if (error instanceof ContactTakenException) {
                // Left on screen past the lease, and another caller has it now: not logged, next one.
                pendingOutcome.set(null);
                notice.set(Notice.error("notice.contact.taken", current.company()));
                var open = queue.get();
                show(() -> session.open(open));
                return;
            }
            var away = FaultNotice.outage(error);
            if (away != null) {
                // The server went away under it: never silent about the call. Not saved, or to be
                // checked when the server answers; the contact stays on screen either way.
                busy.set(false);
                boolean inDoubt = away.kind() == app.obzvon.persistence.ServerFault.Kind.UNKNOWN_IF_SAVED;
                lost = new Lost(current, outcome, pressed, inDoubt);
                server.lost(away, Notice.error(inDoubt ? "server.call.checking" : "server.call.not.saved",
                        current.company(), outcome));
                return;
            }
            // Not logged: the contact stays on screen to be logged again once there is room.
            refused(error, FaultNotice.is(error, DatabaseFault.Kind.DISK_FULL)
                    ? Notice.error("fault.disk.full.call") : FaultNotice.of(error));
        }).run();
    }

    /**
     * A company found by a search takes the screen (a prospect calling back); the one shown before is
     * let go, unlogged, as on switching queues.
     */
    public void take(long contactId) {
        if (session == null || queue.get() == null || busy.get() || serverAway()) {
            return;
        }
        busy.set(true);
        pendingOutcome.set(null);
        tasks.create(() -> withInbound(session.take(contactId), view -> view))
                .onSuccess(carded -> apply(carded.result(), carded.inbound())).onError(error -> refused(error,
                error instanceof ContactTakenException ? Notice.error("notice.search.taken")
                        : error instanceof app.obzvon.calling.LeftColdStageException
                        ? Notice.error("notice.search.next.stage") : FaultNotice.of(error))).run();
    }

    /** Sets the queue's daily target (1–500) and recounts the progress against it. */
    public void setDailyTarget(int target) {
        var selected = queue.get();
        if (selected == null || busy.get() || serverAway()) {
            return;
        }
        if (target < CallQueue.MIN_TARGET || target > CallQueue.MAX_TARGET) {
            notice.set(Notice.error("notice.target.invalid"));
            return;
        }
        var changed = selected.withDailyTarget(target);
        busy.set(true);
        background(() -> session.setDailyTarget(target), counted -> {
            // Replace the queue in the list without re-reading the contact on screen.
            queues.replaceAll(q -> q.id() == changed.id() ? changed : q);
            replacingQueue = true;
            queue.set(changed);
            replacingQueue = false;
            progress.set(counted);
            notice.set(Notice.info("notice.target.set", changed.name(), target));
            busy.set(false);
        });
    }

    /** Ctrl+Z: takes back the last logged outcome within 60 seconds and shows that contact again. */
    public void undo() {
        var last = lastLogged;
        if (busy.get() || last == null || serverAway()) {
            return;
        }
        if (!session.canUndo(last)) {
            notice.set(Notice.error("notice.undo.expired"));
            forgetLast();
            return;
        }
        busy.set(true);
        background(() -> withInbound(session.undo(last), CallingSession.Undone::view), carded -> {
            var undone = carded.result();
            forgetLast();
            switch (undone.result()) {
                case UNDONE -> {
                    notice.set(Notice.info("notice.undone", undone.view().contact().company()));
                    apply(undone.view(), carded.inbound());
                    return;
                }
                case CHANGED_SINCE -> notice.set(Notice.error("notice.undo.changed"));
                case NOT_YOURS -> notice.set(Notice.error("notice.undo.not.yours"));
                default -> notice.set(Notice.error("notice.undo.expired"));
            }
            busy.set(false);
        });
    }

    private void forgetLast() {
        lastLogged = null;
        undoAvailable.set(false);
    }

    /** Called every second by the view: clocks on screen and the undo window move on. */
    public void tick() {
        var at = clock.instant();
        now.set(at);
        if (server.isDown()) {
            // Nothing but the check while the server is away: no reminders, renewals or wake-ups failing each second.
            server.tick();
            undoAvailable.set(false);
            return;
        }
        if (person.get() != null) {
            reminders.tick(at, session);
        }
        undoAvailable.set(lastLogged != null && session != null && session.canUndo(lastLogged));
        var next = upcoming.get();
        if (screen.get() == Screen.QUEUE_EMPTY && !busy.get() && next != null && !at.isBefore(next.at())
                && queue.get() != null && !next.equals(wokeFor)) {
            // The callback or retry the empty queue was waiting for is due: it wakes up by itself
            // (once for it: another window may have taken it meanwhile).
            wokeFor = next;
            var open = queue.get();
            show(() -> session.open(open));
            return;
        }
        if (onContact() && !busy.get() && !at.isBefore(lastRenewed.plus(RENEW_EVERY))) {
            // The card is still on screen (locked or not): its lease must not run out under it.
            lastRenewed = at;
            tasks.create(() -> {
                session.renewClaim();
                return null;
            }).onSuccess(done -> { }).onError(error -> refused(error, FaultNotice.of(error))).run();
            return;
        }
        if (queue.get() != null && session != null && !busy.get() && !at.isBefore(lastCounted.plus(RECOUNT_EVERY))) {
            lastCounted = at;
            if (screen.get() == Screen.QUEUE_EMPTY) {
                // Nothing to call: the queue is read again, so a company given meanwhile (an inbound
                // request from the supervisor's window or PC) shows within seconds.
                var open = queue.get();
                show(() -> session.open(open));
                return;
            }
            // The day's figures keep up with the person's calls on their other windows and PCs; the
            // session looks again for the person's own callbacks, so one given meanwhile comes next.
            tasks.create(session::progress).onSuccess(counted -> counted.ifPresent(progress::set))
                    .onError(error -> refused(error, FaultNotice.of(error))).run();
        }
    }

    /**
     * The server answers again: the banner has gone. An outcome in doubt is looked for first (in:
     * the next contact; not in: press the key again); one not saved is said again; the card's claim
     * is renewed at the next tick.
     */
    private void serverBack() {
        lastRenewed = Instant.EPOCH;
        var was = lost;
        if (was == null || person.get() == null || contact.get() == null
                || contact.get().id() != was.contact().id()) {
            lost = null;
            notice.set(Notice.info("server.back"));
            return;
        }
        if (!was.inDoubt()) {
            lost = null;
            notice.set(Notice.error("server.back.not.saved", was.contact().company(), was.outcome()));
            return;
        }
        busy.set(true);
        tasks.create(() -> session.wasLogged(was.contact().id(), was.outcome().code(), was.since())).onSuccess(in -> {
            lost = null;
            if (in) {
                pendingOutcome.set(null);
                note.set("");
                notice.set(Notice.info("server.back.saved", was.contact().company(), was.outcome()));
                var open = queue.get();
                show(() -> session.open(open));
            } else {
                busy.set(false);
                notice.set(Notice.error("server.back.not.saved", was.contact().company(), was.outcome()));
            }
        }).onError(error -> refused(error, FaultNotice.of(error))).run();
    }

    private void show(Callable<QueueView> read) {
        busy.set(true);
        background(() -> withInbound(read.call(), view -> view), carded -> apply(carded.result(), carded.inbound()));
    }

    private void apply(QueueView view, InboundCard request) {
        contact.set(view.contact());
        inbound.set(request);
        history.setAll(view.history());
        progress.set(view.progress());
        lastCounted = clock.instant();
        upcoming.set(view.upcoming());
        workingList.set(view.workingList());
        // Every contact shown is a new call: the script starts again from its first step.
        if (view.contact() == null || view.script() == null) {
            script.clear();
        } else {
            script.start(view.script(), fields(view.contact()));
        }
        shownAt = clock.instant();
        onLine = null;
        screen.set(view.contact() == null ? Screen.QUEUE_EMPTY : Screen.CONTACT);
        busy.set(false);
    }

    /** A step's result with the inbound request on the card it shows (null: none), both read on the database thread. */
    private record Carded<T>(T result, InboundCard inbound) {
    }

    /**
     * Runs on the database thread, right after the step that read the screen (committed by then: a
     * failure here leaves the card without its request, never the step undone in the caller's eyes).
     */
    private <T> Carded<T> withInbound(T result, java.util.function.Function<T, QueueView> screen) {
        var view = screen.apply(result);
        var shown = view == null ? null : view.contact();
        if (!inboundOn(shown)) {
            return new Carded<>(result, null);
        }
        try {
            return new Carded<>(result, inboundRequests.onCard(shown.id()).orElse(null));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(WorkstationViewModel.class).warn("The card's inbound request was not read", e);
            return new Carded<>(result, null);
        }
    }

    /**
     * Whether the card may be an inbound request: one comes as a callback due in someone's working
     * list, so only such a card is asked about and the round's other steps cost nothing more.
     */
    private boolean inboundOn(Contact shown) {
        return shown != null && inboundRequests != null && shown.state().nextCallKind() == NextCallKind.CALLBACK
                && shown.state().work() != null;
    }

    private Map<String, String> fields(Contact c) {
        Map<String, String> fields = new HashMap<>();
        fields.put("company", c.company());
        fields.put("person", c.person());
        fields.put("caller", callerName.get());
        fields.put("city", c.city());
        return fields;
    }

    private ZoneId contactZone() {
        var c = contact.get();
        return c != null && c.timeZone() != null ? c.timeZone() : clock.getZone();
    }

    /** The progress is counted again at the next tick (a shift started, paused or ended). */
    public void recountSoon() {
        lastCounted = Instant.EPOCH;
    }

    /** A line for the status bar from the view: the one place it is written. */
    public void tell(Notice told) {
        notice.set(told);
    }

    private <T> void background(Callable<T> work, Consumer<T> onSuccess) {
        tasks.create(work).onSuccess(onSuccess).onError(error -> refused(error, FaultNotice.of(error))).run();
    }


    /** The caller's date and time now, from the app's clock. */
    public java.time.ZonedDateTime now() {
        return java.time.ZonedDateTime.now(clock);
    }

    /** The caller's own time zone, for the times the screen shows. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() { return screen; }
    public ObservableList<CallQueue> queues() { return queues; }
    public ObjectProperty<CallQueue> queueProperty() { return queue; }
    public ObservableList<Outcome> outcomes() { return outcomes; }
    public ReadOnlyObjectProperty<Contact> contactProperty() { return contact; }
    /** The inbound request on the card shown; null: it is not one. */
    public ReadOnlyObjectProperty<InboundCard> inboundProperty() { return inbound; }
    public ObservableList<CallHistoryEntry> history() { return history; }
    public ScriptWalkViewModel script() { return script; }
    public ReadOnlyObjectProperty<DayProgress> progressProperty() { return progress; }
    public ReadOnlyObjectProperty<UpcomingCall> upcomingProperty() { return upcoming; }
    public ReadOnlyObjectProperty<QueueView.WorkingList> workingListProperty() { return workingList; }
    public CallbackReminders reminders() { return reminders; }
    public ReadOnlyObjectProperty<Outcome> pendingOutcomeProperty() { return pendingOutcome; }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyBooleanProperty undoAvailableProperty() { return undoAvailable; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public StringProperty callerNameProperty() { return callerName; }
    /** The base was opened read-only: to look, not to log. */
    public ReadOnlyBooleanProperty readOnlyProperty() { return readOnly; }
    /** The person signed in; null at the door. */
    public ReadOnlyObjectProperty<Person> personProperty() { return person; }
    public ReadOnlyObjectProperty<Instant> nowProperty() { return now; }
    /** The banner while a team's server does not answer. */
    public ServerWatch server() { return server; }
    /** Which base is open, as the status bar says it: a file's path, or {@code server/base}. */
    public ReadOnlyStringProperty baseProperty() { return base; }
    /** Whether the base open is a team's server's (the door offers the way back to this PC's base). */
    public ReadOnlyBooleanProperty onServerProperty() { return onServer; }
}
