package app.obzvon.calling;

import app.obzvon.call.CallDetails;
import app.obzvon.call.CallLogger;
import app.obzvon.call.CallRepository;
import app.obzvon.call.DayProgress;
import app.obzvon.call.LoggedCall;
import app.obzvon.call.Outcome;
import app.obzvon.call.OutcomeRepository;
import app.obzvon.call.ProgressCounter;
import app.obzvon.common.Transactions;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactRepository;
import app.obzvon.demo.DemoBase;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.Dispenser;
import app.obzvon.queue.QueueRepository;
import app.obzvon.script.ScriptLibrary;
import app.obzvon.script.ScriptVersion;
import app.obzvon.settings.Settings;
import app.obzvon.team.CallerRepository;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One caller's round at the workstation: open a queue, log an outcome and get the next screen,
 * undo, set the target. No JavaFX: the caller screen, the tests and the benchmark suite share it.
 *
 * <p>Each step is one transaction, committed before it returns (nothing logged is lost). The
 * calling rules are read once per queue opened and the queue's script once, parsed, not per
 * contact. Its methods run on the database thread, one at a time: the session keeps the open queue.
 */
public final class CallingSession {

    /**
     * What the workstation shows first: who calls, the outcome bar, the queues and the first queue's
     * screen (null when there is no queue).
     */
    public record Start(String callerName, List<Outcome> outcomes, List<CallQueue> queues, boolean baseEmpty,
                        QueueView first) {
    }

    /** A logged call and the screen that follows it. */
    public record Logged(LoggedCall call, QueueView next) {
    }

    private final Transactions transactions;
    private final long callerId;
    private final Settings settings;
    private final CallerRepository callers;
    private final OutcomeRepository outcomes;
    private final ContactRepository contacts;
    private final QueueRepository queues;
    private final Dispenser dispenser;
    private final CallRepository calls;
    private final CallLogger logger;
    private final ProgressCounter progress;
    private final ScriptLibrary scripts;
    private final DemoBase demoBase;
    private CallQueue queue;
    private ScriptVersion script;

    public CallingSession(Transactions transactions, long callerId, Settings settings, CallerRepository callers,
                          OutcomeRepository outcomes, ContactRepository contacts, QueueRepository queues,
                          Dispenser dispenser, CallRepository calls, CallLogger logger, ProgressCounter progress,
                          ScriptLibrary scripts, DemoBase demoBase) {
        this.transactions = transactions;
        this.callerId = callerId;
        this.settings = settings;
        this.callers = callers;
        this.outcomes = outcomes;
        this.contacts = contacts;
        this.queues = queues;
        this.dispenser = dispenser;
        this.calls = calls;
        this.logger = logger;
        this.progress = progress;
        this.scripts = scripts;
        this.demoBase = demoBase;
    }

    /** Everything the first screen needs, the first queue opened, in one step. */
    public Start start() {
        return transactions.inTransaction(() -> {
            var all = queues.all();
            return new Start(callers.find(callerId).name(), outcomes.active(), all, contacts.isEmpty(),
                    all.isEmpty() ? null : open(all.get(0)));
        });
    }

    /** First start: the caller's name, and the demo base in that language (none: an empty base). */
    public List<CallQueue> firstStart(String callerName, Locale demoLanguage) {
        return transactions.inTransaction(() -> {
            callers.rename(callerId, callerName.strip());
            if (demoLanguage != null) {
                demoBase.load(demoLanguage);
            }
            return queues.all();
        });
    }

    public List<CallQueue> queues() {
        return queues.all();
    }

    /** Opens a queue: its next contact, with the rules and the script read afresh. */
    public QueueView open(CallQueue opened) {
        return transactions.inTransaction(() -> {
            settings.reloadRules();
            queue = opened;
            script = opened.scriptId() == null ? null : scripts.latest(opened.scriptId()).orElse(null);
            return view(null);
        });
    }

    /**
     * Logs the outcome of the call with the contact on screen and returns the next screen, once
     * both the call and the contact's new state are committed.
     */
    public Logged log(long contactId, Outcome outcome, CallDetails details, Instant startedAt) {
        var open = requireOpen();
        return transactions.inTransaction(() -> {
            var call = logger.log(contactId, open.id(), callerId, outcome, details, startedAt);
            return new Logged(call, view(null));
        }, logged -> calls.find(logged.call().id()).isPresent());
    }

    public boolean canUndo(LoggedCall call) {
        return logger.canUndo(call);
    }

    /** Takes the call back (within the undo window) and shows its contact again; empty when too late. */
    public Optional<QueueView> undo(LoggedCall call) {
        requireOpen();
        return transactions.inTransaction(() -> logger.undo(call.id()).map(contactId -> {
            // The contact is back where the dispenser had already passed.
            dispenser.rewind();
            return view(contactId);
        }));
    }

    /** Sets the open queue's daily target (1–500) and returns the progress counted against it. */
    public DayProgress setDailyTarget(int target) {
        var open = requireOpen();
        return transactions.inTransaction(() -> {
            queues.setDailyTarget(open.id(), target);
            queue = open.withDailyTarget(target);
            return progress.today(callerId, queue);
        });
    }

    /** The screen for the open queue: the next contact, or with an id, that contact. */
    private QueueView view(Long contactId) {
        Optional<Contact> next = contactId == null ? dispenser.next(queue) : contacts.find(contactId);
        var history = next.map(c -> calls.history(c.id())).orElse(List.of());
        var upcoming = next.isPresent() ? null : dispenser.upcoming(queue).orElse(null);
        return new QueueView(next.orElse(null), history, script, progress.today(callerId, queue), upcoming);
    }

    private CallQueue requireOpen() {
        if (queue == null) {
            throw new IllegalStateException("no queue is open");
        }
        return queue;
    }
}
