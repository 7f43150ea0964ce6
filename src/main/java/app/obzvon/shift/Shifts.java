package app.obzvon.shift;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.RefusedException;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.settings.Settings;
import app.obzvon.team.TargetRepository;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The signed-in person's shift: start it (planned to their usual length unless told), pause with a
 * reason and resume, end it. A shift the supervisor has set to start with sign-in starts there and
 * ends at signing out. The progress counts from the shift's start and paces to its planned end, so
 * each change here makes the progress be read again.
 */
public final class Shifts {

    private final Transactions transactions;
    private final ShiftRepository shifts;
    private final TargetRepository targets;
    private final Settings settings;
    private final Access access;
    private final Audit audit;
    /** The progress is read again: it counts from the shift's start and paces to its end. */
    private final Runnable progress;
    private final Clock clock;

    public Shifts(Transactions transactions, ShiftRepository shifts, TargetRepository targets, Settings settings,
                  Access access, Audit audit, Runnable progress, Clock clock) {
        this.transactions = transactions;
        this.shifts = shifts;
        this.targets = targets;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.progress = progress;
        this.clock = clock;
    }

    /** The person's open shift, if any. */
    public Optional<Shift> current() {
        var me = access.requireSignedIn();
        return transactions.read(tx -> shifts.open(tx, me.id()));
    }

    /**
     * Starts a shift of {@code planned} length (null: the person's usual one, else a full day); one
     * left open (another PC, a window closed without signing out) ends now.
     */
    public Shift start(Duration planned) {
        var me = access.requireSignedIn();
        transactions.requireWritable();
        var shift = transactions.inTransaction(tx -> {
            var length = planned != null ? planned : targets.of(tx, me.id()).shiftOrFullDay();
            return begin(tx, me.id(), length);
        });
        progress.run();
        return shift;
    }

    /** At sign-in: starts the person's usual shift when shifts start with sign-in and none is open. */
    public Optional<Shift> signedIn() {
        var me = access.requireSignedIn();
        if (!transactions.writable()) {
            return Optional.empty();
        }
        var shift = transactions.inTransaction(tx -> {
            var open = shifts.open(tx, me.id());
            if (open.isPresent() || !settings.shiftStartsAtSignIn(tx)) {
                return open;
            }
            return Optional.of(begin(tx, me.id(), targets.of(tx, me.id()).shiftOrFullDay()));
        });
        progress.run();
        return shift;
    }

    /** At signing out (or closing the window): ends the shift when shifts start (and so end) with sign-in. */
    public void signingOut() {
        var me = access.current();
        if (me == null || !transactions.writable()) {
            return;
        }
        transactions.inTransaction(tx -> {
            if (settings.shiftStartsAtSignIn(tx)) {
                shifts.open(tx, me.id()).ifPresent(s -> shifts.end(tx, s.id(), clock.instant()));
            }
            return null;
        });
        progress.run();
    }

    public void end() {
        var me = access.requireSignedIn();
        transactions.inTransaction(tx -> {
            shifts.open(tx, me.id()).ifPresent(s -> shifts.end(tx, s.id(), clock.instant()));
            return null;
        });
        progress.run();
    }

    /** A pause with its reason; the shift must be open. A pause already running is kept as it is. */
    public Shift pause(PauseReason reason) {
        var me = access.requireSignedIn();
        var shift = transactions.inTransaction(tx -> {
            var open = shifts.open(tx, me.id()).orElseThrow(() -> new RefusedException("shift.refused.none"));
            if (open.runningPause().isEmpty()) {
                shifts.pause(tx, open.id(), reason, clock.instant());
            }
            return shifts.open(tx, me.id()).orElseThrow();
        });
        progress.run();
        return shift;
    }

    public Shift resume() {
        var me = access.requireSignedIn();
        var shift = transactions.inTransaction(tx -> {
            var open = shifts.open(tx, me.id()).orElseThrow(() -> new RefusedException("shift.refused.none"));
            open.runningPause().ifPresent(p -> shifts.resume(tx, p.id(), clock.instant()));
            return shifts.open(tx, me.id()).orElseThrow();
        });
        progress.run();
        return shift;
    }

    /** Whether a shift starts with sign-in (else by hand). */
    public boolean startsAtSignIn() {
        access.requireSignedIn();
        return transactions.read(settings::shiftStartsAtSignIn);
    }

    public void setStartsAtSignIn(boolean atSignIn) {
        access.requireSupervisor();
        transactions.inTransaction(tx -> {
            settings.saveShiftStartsAtSignIn(tx, atSignIn);
            audit.record(tx, AuditAction.SHIFT_START_SET, atSignIn ? "sign-in" : "by-hand", null);
            return null;
        });
    }

    private Shift begin(Tx tx, long callerId, Duration length) {
        var now = clock.instant();
        shifts.open(tx, callerId).ifPresent(s -> shifts.end(tx, s.id(), now));
        shifts.start(tx, callerId, now, now.plus(length));
        return shifts.open(tx, callerId).orElseThrow();
    }
}
