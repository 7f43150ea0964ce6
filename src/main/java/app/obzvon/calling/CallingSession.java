package app.obzvon.calling;

import app.obzvon.call.Undo;
import app.obzvon.call.CallDetails;
import app.obzvon.call.CallLogger;
import app.obzvon.call.CallRepository;
import app.obzvon.call.DayProgress;
import app.obzvon.call.LoggedCall;
import app.obzvon.call.Outcome;
import app.obzvon.call.OutcomeRepository;
import app.obzvon.call.ProgressCounter;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactRepository;
import app.obzvon.contact.ContactStatus;
import app.obzvon.demo.DemoBase;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.Callback;
import app.obzvon.queue.Dispenser;
import app.obzvon.queue.ExpiredWork;
import app.obzvon.queue.WorkRepository;
import app.obzvon.queue.QueueRepository;
import app.obzvon.script.ScriptLibrary;
import app.obzvon.script.ScriptVersion;
import app.obzvon.settings.Settings;
import app.obzvon.access.Access;
import app.obzvon.access.AccessDeniedException;
import app.obzvon.access.Person;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.queue.Claims;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 *
 * <p>Every step is the signed-in person's: their queues, their calls, their progress over all their
 * queues today. The contact shown is claimed for this window ({@link Claims}); logging checks the
 * claim is still this window's, and an undo goes ahead only for one's own call on a contact nobody
 * has changed since.
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

    /** An undo: the contact back on screen, or why nothing changed. */
    public record Undone(Undo result, QueueView view) {
    }

    /** Looks again after a claim lost to another PC: more than this many losses in a row is a fault, not luck. */
    private static final int MAX_CLAIM_TRIES = 50;

    /** How far back the list of expired companies looks, in days. */
    public static final int EXPIRED_SHOWN = 30;

    private final Transactions transactions;
    private final Access access;
    private final Claims claims;
    private final Audit audit;
    private final Settings settings;
    private final OutcomeRepository outcomes;
    private final ContactRepository contacts;
    private final QueueRepository queues;
    private final Dispenser dispenser;
    private final CallRepository calls;
    private final CallLogger logger;
    private final ProgressCounter progress;
    private final ScriptLibrary scripts;
    private final WorkRepository work;
    private final DemoBase demoBase;
    private final Clock clock;
    private CallQueue queue;
    private ScriptVersion script;
    /**
     * How many companies the caller holds in active work: counted at each queue opening and lease
     * renewal (when deadlines pass), and moved by each call's own change, not counted at each key press.
     */
    private int held;

    public CallingSession(Transactions transactions, Access access, Claims claims, Audit audit, Settings settings,
                          OutcomeRepository outcomes, ContactRepository contacts, QueueRepository queues,
                          Dispenser dispenser, CallRepository calls, CallLogger logger, ProgressCounter progress,
                          ScriptLibrary scripts, WorkRepository work, DemoBase demoBase, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.claims = claims;
        this.audit = audit;
        this.settings = settings;
        this.outcomes = outcomes;
        this.contacts = contacts;
        this.queues = queues;
        this.dispenser = dispenser;
        this.calls = calls;
        this.logger = logger;
        this.progress = progress;
        this.scripts = scripts;
        this.work = work;
        this.demoBase = demoBase;
        this.clock = clock;
    }

    /** Everything the first screen needs, the first queue opened, in one step. */
    public Start start() {
        var me = access.requireSignedIn();
        return transactions.inTransaction(tx -> {
            var mine = queuesOf(tx, me);
            return new Start(me.name(), outcomes.active(tx), mine, contacts.isEmpty(tx),
                    mine.isEmpty() ? null : open(tx, me, mine.get(0)));
        });
    }

    /** First start, once the first supervisor is signed in: the demo base in a language, for an empty base. */
    public List<CallQueue> loadDemo(Locale demoLanguage) {
        access.requireSupervisor();
        return transactions.inTransaction(tx -> {
            if (contacts.isEmpty(tx)) {
                demoBase.load(tx, demoLanguage);
            }
            return queues.all(tx);
        });
    }

    /** The outcomes on the bar, read afresh: a supervisor may have changed the rule table. */
    public List<Outcome> outcomes() {
        access.requireSignedIn();
        return transactions.inTransaction(outcomes::active);
    }

    /** The queues the person signed in works: a supervisor's are all of them. */
    public List<CallQueue> queues() {
        var me = access.requireSignedIn();
        return transactions.read(tx -> queuesOf(tx, me));
    }

    private List<CallQueue> queuesOf(Tx tx, Person person) {
        return person.isSupervisor() ? queues.all(tx) : queues.givenTo(tx, person.id());
    }

    /** Opens a queue: its next contact, with the rules and the script read afresh. */
    public QueueView open(CallQueue opened) {
        var me = access.requireSignedIn();
        return transactions.inTransaction(tx -> open(tx, me, opened));
    }

    private QueueView open(Tx tx, Person me, CallQueue opened) {
        if (!me.isSupervisor() && queues.givenTo(tx, me.id()).stream().noneMatch(q -> q.id() == opened.id())) {
            throw new AccessDeniedException(me.name() + " was not given the queue " + opened.id());
        }
        var rules = settings.reloadRules(tx);
        if (transactions.writable()) {
            work.expire(tx, clock.instant(), rules.recallAfter());
        }
        held = queues.workingListCount(tx, me.id());
        progress.forget();
        queue = opened;
        script = opened.scriptId() == null ? null : scripts.latest(tx, opened.scriptId()).orElse(null);
        return view(tx, null);
    }

    /**
     * Logs the outcome of the call with the contact on screen and returns the next screen, once
     * both the call and the contact's new state are committed.
     */
    public Logged log(long contactId, Outcome outcome, CallDetails details, Instant startedAt) {
        var me = access.requireSignedIn();
        var open = requireOpen();
        // On a read-only base nothing is claimed: say why it is not logged, not that another caller has it.
        transactions.requireWritable();
        try {
            return logged(contactId, outcome, details, startedAt, me, open);
        } catch (RuntimeException e) {
            // Rolled back: the day's count this window moved may count a call that is not there.
            progress.forget();
            throw e;
        }
    }

    private Logged logged(long contactId, Outcome outcome, CallDetails details, Instant startedAt, Person me,
                          CallQueue open) {
        return transactions.inTransaction(tx -> {
            if (!claims.isMine(tx, contactId)) {
                // Not on this screen: its lease ran out and another window took the company (its
                // caller has it now), or it was never given here. A caller logs only what they were given.
                throw new ContactTakenException(contactId);
            }
            var call = logger.log(tx, contactId, open, me.id(), outcome, details, startedAt);
            held += call.workingListChange();
            progress.logged(me.id(), outcome, startedAt, call.loggedAt());
            var after = call.contactAfter();
            if (after.nextCallKind() == app.obzvon.contact.NextCallKind.CALLBACK && after.work() != null
                    && after.work().callerId() == me.id()) {
                dispenser.callbackAgreed(me.id(), after.nextCallAt());
            }
            return new Logged(call, view(tx, null));
        }, (tx, logged) -> calls.find(tx, logged.call().id()).isPresent());
    }

    /**
     * Whether the signed-in person's call with this outcome on this contact is in the base, logged at
     * {@code since} or later: asked once a server answers again, after the connection dropped while
     * the call was being saved and nobody could say whether it was.
     */
    public boolean wasLogged(long contactId, String outcomeCode, Instant since) {
        var me = access.requireSignedIn();
        // Calls keep milliseconds: a moment with nanoseconds would come after the call it stands for.
        var from = since.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return transactions.read(tx -> calls.history(tx, contactId)).stream()
                .anyMatch(call -> call.outcomeCode().equals(outcomeCode) && me.name().equals(call.callerName())
                        && !call.at().isBefore(from));
    }

    public boolean canUndo(LoggedCall call) {
        return logger.canUndo(call);
    }

    /**
     * Takes one's own call back (within the undo window, while nobody has changed or opened the
     * contact since) and shows its contact again; otherwise nothing changes and the answer says why.
     */
    public Undone undo(LoggedCall call) {
        var me = access.requireSignedIn();
        requireOpen();
        transactions.requireWritable();
        return transactions.inTransaction(tx -> {
            if (claims.heldElsewhere(tx, call.contactId())) {
                return new Undone(Undo.CHANGED_SINCE, null);
            }
            // Taken back onto this window first (on a server a caller changes only a company they
            // hold); let go again if nothing changes, unless it is the one on screen.
            boolean shownHere = claims.isMine(tx, call.contactId());
            if (!shownHere && !claims.claim(tx, call.contactId(), me.id())) {
                return new Undone(Undo.CHANGED_SINCE, null);
            }
            var result = logger.undo(tx, call.id(), me.id());
            if (result != Undo.UNDONE) {
                if (!shownHere) {
                    claims.release(tx, call.contactId());
                }
                return new Undone(result, null);
            }
            audit.record(tx, AuditAction.CALL_UNDONE, Long.toString(call.id()), 1);
            held = queues.workingListCount(tx, me.id());
            progress.forget();
            // The contact is back where the dispenser had already passed.
            dispenser.rewind();
            return new Undone(result, view(tx, call.contactId()));
        });
    }

    /**
     * Puts a company found by a search on screen in place of the one there (a prospect who calls
     * back), claimed for this window. Refused while another window holds it, or once it has gone on
     * to the next stage.
     */
    public QueueView take(long contactId) {
        access.requireSignedIn();
        requireOpen();
        return transactions.inTransaction(tx -> {
            // The card's status: a handed-over lead reads Handed over here, not Qualified. (The status
            // alone: on a server a caller reads the card only once the company is theirs.)
            var status = contacts.cardStatus(tx, contactId).orElseThrow(() -> new IllegalArgumentException(
                    "no contact " + contactId));
            if (claims.heldElsewhere(tx, contactId)) {
                throw new ContactTakenException(contactId);
            }
            if (NEXT_STAGE.contains(status)) {
                throw new LeftColdStageException(contactId);
            }
            return view(tx, contactId);
        });
    }

    private static final java.util.Set<ContactStatus> NEXT_STAGE = java.util.EnumSet.of(ContactStatus.HANDED_OVER,
            ContactStatus.DEAL, ContactStatus.DEAL_SUPPORT, ContactStatus.CLIENT);

    /** The signed-in caller's callbacks until the end of their day, the overdue and missed ones first. */
    public List<Callback> callbacks() {
        var me = access.requireSignedIn();
        var endOfDay = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return transactions.inTransaction(tx -> queues.callbacksOf(tx, me.id(), endOfDay));
    }

    /**
     * The companies whose deadline passed in the last {@link #EXPIRED_SHOWN} days: a caller's own,
     * every caller's for a supervisor. Newest first.
     */
    public List<ExpiredWork> expired() {
        var me = access.requireSignedIn();
        var since = clock.instant().minus(java.time.Duration.ofDays(EXPIRED_SHOWN));
        return transactions.inTransaction(tx -> work.expired(tx, me.isSupervisor() ? null : me.id(), since));
    }

    /**
     * Today's progress read afresh (empty when no queue is open): calls this person logged on another
     * window or PC count at once. The window asks every few seconds, so the figures keep up with the
     * team's other PCs without a key press; and the person's own callbacks are looked for again, so
     * one given them meanwhile (an inbound request) comes next.
     */
    public Optional<DayProgress> progress() {
        var me = access.requireSignedIn();
        var open = queue;
        if (open == null) {
            return Optional.empty();
        }
        return transactions.read(tx -> {
            dispenser.lookAgainForOwn(tx, me.id());
            progress.forget();
            return Optional.of(progress.today(tx, me.id(), open));
        });
    }

    /** Extends the lease on the contact on screen: the caller is still on it. */
    public void renewClaim() {
        var me = access.requireSignedIn();
        if (!transactions.writable()) {
            return;
        }
        transactions.inTransaction(tx -> {
            claims.renew(tx);
            // Deadlines pass while a caller works: checked as often as the lease is renewed.
            work.expire(tx, clock.instant(), settings.callingRules(tx).recallAfter());
            held = queues.workingListCount(tx, me.id());
            progress.forget();
            return null;
        });
    }

    /** Lets go of the contact on screen and the open queue (sign-out, switch of caller, closing). */
    public void leave() {
        if (transactions.writable()) {
            transactions.inTransaction(tx -> {
                claims.release(tx);
                return null;
            });
        }
        queue = null;
        script = null;
    }

    /** Sets the open queue's daily target (1–500) and returns the progress counted against it. */
    public DayProgress setDailyTarget(int target) {
        var me = access.requireSupervisor();
        var open = requireOpen();
        return transactions.inTransaction(tx -> {
            queues.setDailyTarget(tx, open.id(), target);
            audit.record(tx, AuditAction.QUEUE_TARGET, open.name(), target);
            queue = open.withDailyTarget(target);
            return progress.today(tx, me.id(), queue);
        });
    }

    /**
     * The screen for the open queue: the next contact, or with an id, that contact; claimed for this
     * window, after whatever it held before is let go.
     */
    private QueueView view(Tx tx, Long contactId) {
        var me = access.requireSignedIn();
        // A read-only base is looked at, not worked: nothing to claim, and no right to write one.
        boolean claiming = transactions.writable();
        if (claiming) {
            claims.release(tx);
        }
        var list = new QueueView.WorkingList(held, queue.work().workingList());
        Optional<Contact> next;
        if (contactId != null) {
            // Claimed before it is read: on a server a caller reads a card only once it is theirs.
            if (claiming && !claims.claim(tx, contactId, me.id())) {
                throw new ContactTakenException(contactId);
            }
            next = contacts.find(tx, contactId);
        } else {
            next = dispenser.next(tx, queue, me.id(), !list.full());
            // The look-up passed over others' claims. On SQLite it ran inside this write transaction, so
            // the claim cannot fail; on a server another PC may have claimed the same company and committed
            // between the look and the claim: then the next look sees that claim and passes over it.
            for (int tries = 0; claiming && next.isPresent() && !claims.claim(tx, next.get().id(), me.id()); tries++) {
                if (tries == MAX_CLAIM_TRIES) {
                    throw new ContactTakenException(next.get().id());
                }
                next = dispenser.next(tx, queue, me.id(), !list.full());
            }
            if (next.isPresent() && !next.get().hasCard()) {
                // On a server a caller's look-up found the company's state only: its card, now it is theirs.
                var found = next.get().id();
                next = Optional.of(contacts.find(tx, found).orElseThrow(() -> new ContactTakenException(found)));
            }
        }
        var history = next.map(c -> calls.history(tx, c.id())).orElse(List.of());
        var upcoming = next.isPresent() ? null : dispenser.upcoming(tx, queue, me.id()).orElse(null);
        return new QueueView(next.orElse(null), history, script, progress.today(tx, me.id(), queue), upcoming, list);
    }

    private CallQueue requireOpen() {
        if (queue == null) {
            throw new IllegalStateException("no queue is open");
        }
        return queue;
    }
}
