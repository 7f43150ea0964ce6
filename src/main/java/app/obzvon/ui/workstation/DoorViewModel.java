package app.obzvon.ui.workstation;

import app.obzvon.access.Person;
import app.obzvon.calling.CallingSession;
import app.obzvon.persistence.DatabaseFault;
import app.obzvon.team.SignIn;
import app.obzvon.team.SignInRefusedException;
import app.obzvon.shift.Shift;
import app.obzvon.shift.Shifts;
import app.obzvon.ui.common.FaultNotice;
import app.obzvon.ui.common.NewPin;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.Tasks;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The door of the window: the first supervisor of a new base, sign-in, switching the caller on a
 * shared PC, and the lock after an idle time. It hands the signed-in person's start to the caller
 * screen's view model, which it also tells to close the door behind the last person.
 */
public final class DoorViewModel {

    private final Tasks tasks;
    private final Clock clock;
    private final WorkstationViewModel workstation;
    private final ShiftViewModel shift;
    private SignIn signIn;
    private CallingSession session;
    private Shifts shifts;

    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final StringProperty firstSupervisorName = new SimpleStringProperty("");
    private final BooleanProperty baseEmpty = new SimpleBooleanProperty(false);
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Duration lockAfter;
    private Instant lastActivity;

    public DoorViewModel(UiTasks tasks, Clock clock, WorkstationViewModel workstation) {
        this.tasks = new Tasks(tasks);
        this.clock = clock;
        this.workstation = workstation;
        this.shift = new ShiftViewModel(tasks, workstation::tell, workstation::recountSoon);
    }

    /** The signed-in person's shift: it comes and goes with them through this door. */
    public ShiftViewModel shift() {
        return shift;
    }

    /** The base is open: the first start, or the sign-in with the people who can sign in. */
    public void connect(SignIn opened, CallingSession calling, Shifts shifts, SignIn.Door door) {
        this.signIn = opened;
        this.session = calling;
        this.shifts = shifts;
        show(door, true);
    }

    /**
     * {@code enterConnected}: on a server, a person who connected with their own login is signed in
     * by that connection (no PIN). Not after a switch of caller: the next person connects as themselves.
     */
    private void show(SignIn.Door door, boolean enterConnected) {
        if (enterConnected && door.connected() != null) {
            enter(() -> entered(signIn.signInConnected()));
            return;
        }
        people.setAll(door.people());
        firstSupervisorName.set(door.firstSupervisorName() == null ? "" : door.firstSupervisorName());
        baseEmpty.set(door.baseEmpty());
        locked.set(false);
        lockAfter = null;
        workstation.baseReadOnly(door.readOnly());
        workstation.showDoor(door.firstStart() ? Screen.FIRST_START : Screen.SIGN_IN);
    }

    /**
     * The first start: the supervisor's name and PIN (typed twice), then the demo base in a
     * language, or none (an empty base, or a base from before people came).
     */
    public void createFirstSupervisor(String name, String pin, String pinAgain, Locale demoLanguage) {
        if (name == null || name.isBlank()) {
            tell(Notice.error("first.name.missing"));
            return;
        }
        if (!checkNewPin(pin, pinAgain)) {
            return;
        }
        enter(() -> {
            var person = signIn.createFirstSupervisor(name, pin);
            if (demoLanguage != null) {
                session.loadDemo(demoLanguage);
            }
            return entered(person);
        });
    }

    /** Whether a new PIN is long enough and typed the same twice; if not, says so. */
    boolean checkNewPin(String pin, String pinAgain) {
        var problem = NewPin.problem(pin, pinAgain);
        if (problem != null) {
            tell(problem);
        }
        return problem == null;
    }

    public void signIn(Person person, String pin) {
        if (person == null) {
            tell(Notice.error("signin.pick.name"));
            return;
        }
        enter(() -> {
            return entered(signIn.signIn(person.id(), pin == null ? "" : pin));
        });
    }

    /** On the database thread, once signed in: the caller screen's start, and the shift (started by the sign-in, if so set). */
    private Entered entered(Person person) {
        // The shift first: the start's progress counts from it.
        var shift = shifts.signedIn().orElse(null);
        return new Entered(person, session.start(), signIn.lockAfter(), shift);
    }

    private record Entered(Person person, CallingSession.Start start, Duration lockAfter, Shift shift) {
    }

    private void enter(Callable<Entered> work) {
        busy.set(true);
        // PBKDF2 is slow on purpose: a second with the window's quick compiler.
        tell(Notice.info("signin.checking"));
        run(work, entered -> {
            busy.set(false);
            lockAfter = entered.lockAfter();
            lastActivity = clock.instant();
            workstation.connect(entered.person(), session, entered.start());
            shift.signedIn(shifts, entered.shift());
            tell(Notice.info("signin.welcome", entered.person().name()));
        });
    }

    /** A shift change on a shared PC: the contact on screen is let go and the door shows again. */
    public void switchCaller() {
        switchCaller(Notice.info("signin.switched"));
    }

    /** Back to the sign-in screen, saying why (a restored base, say). */
    public void switchCaller(Notice why) {
        busy.set(true);
        run(() -> {
            session.leave();
            shifts.signingOut();
            signIn.signOut();
            return signIn.door();
        }, door -> {
            busy.set(false);
            shift.signedOut();
            show(door, false);
            tell(why);
        });
    }

    /** Covers the screen until the person signed in types their PIN; the call on screen stays. */
    public void lock() {
        if (locked.get() || workstation.personProperty().get() == null) {
            return;
        }
        locked.set(true);
        run(() -> {
            signIn.lock();
            return null;
        }, done -> { });
    }

    public void unlock(String pin) {
        busy.set(true);
        tell(Notice.info("signin.checking"));
        run(() -> {
            signIn.unlock(pin == null ? "" : pin);
            return null;
        }, done -> {
            busy.set(false);
            locked.set(false);
            lastActivity = clock.instant();
            tell(null);
        });
    }

    /** A key or the mouse: the person is at the screen. */
    public void activity() {
        if (!locked.get()) {
            lastActivity = clock.instant();
        }
    }

    /** Every second: locks a screen left idle for the supervisor's time. */
    public void tick() {
        if (lockAfter != null && lastActivity != null && !locked.get() && workstation.personProperty().get() != null
                && !clock.instant().isBefore(lastActivity.plus(lockAfter))) {
            lock();
        }
    }

    private void tell(Notice notice) {
        workstation.tell(notice);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        tasks.create(work).onSuccess(onSuccess).onError(error -> {
            busy.set(false);
            if (error instanceof SignInRefusedException refused) {
                tell(switch (refused.reason()) {
                    case WRONG_PIN -> refused.waitFor().isZero() ? Notice.error("signin.wrong.pin")
                            : Notice.error("signin.wrong.pin.wait", refused.waitFor().toSeconds());
                    case WAIT -> Notice.error("signin.wait", Math.max(1, refused.waitFor().toSeconds()));
                    default -> Notice.error("signin.cannot");
                });
            } else if (FaultNotice.is(error, DatabaseFault.Kind.CORRUPT)) {
                // Damaged: nobody can work on it, so the door gives way to what is wrong and the backup.
                workstation.failed(error);
            } else {
                // A server that went away shows its banner until it answers (nothing else, when it did not).
                workstation.serverLost(error);
                tell(FaultNotice.of(error));
            }
        }).run();
    }

    public ObservableList<Person> people() { return people; }
    public StringProperty firstSupervisorNameProperty() { return firstSupervisorName; }
    public ReadOnlyBooleanProperty baseEmptyProperty() { return baseEmpty; }
    public ReadOnlyBooleanProperty lockedProperty() { return locked; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
}
