package app.obzvon.team;

import app.obzvon.access.Access;
import app.obzvon.access.AccessDeniedException;
import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.settings.Settings;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The supervisor's list of people: add, rename, reset a PIN, change a role, deactivate (history
 * stays), give queues, and set how soon idle screens lock. Every change is audited with it.
 *
 * <p>On a team's server a person works as their own login ({@link Logins}), and the secret a
 * supervisor types for them is its password, of {@link Logins#MIN_PASSWORD_LENGTH} characters or
 * more: adding the person makes their login (named after them, {@link Person#login()}), a reset sets
 * a new password. At the owner's console a shorter secret is still a PIN for that console's door
 * only. The server keeps each login in step with the person: the group of their role while active,
 * unable to sign in once deactivated (triggers on {@code callers}), and audits these changes itself.
 */
public final class People {

    public static final int MAX_NAME = 200;

    private final Transactions transactions;
    private final PersonRepository people;
    private final PinHasher hasher;
    private final Access access;
    private final Audit audit;
    private final Settings settings;
    private final Clock clock;
    private final Logins logins;

    public People(Transactions transactions, PersonRepository people, PinHasher hasher, Access access, Audit audit,
                  Settings settings, Clock clock) {
        this(transactions, people, hasher, access, audit, settings, clock, Logins.FILE);
    }

    public People(Transactions transactions, PersonRepository people, PinHasher hasher, Access access, Audit audit,
                  Settings settings, Clock clock, Logins logins) {
        this.logins = logins;
        this.transactions = transactions;
        this.people = people;
        this.hasher = hasher;
        this.access = access;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Person> all() {
        access.requireSupervisor();
        return transactions.read(people::all);
    }

    /** A new person with a PIN, or on a server a password ({@link #isPassword}): then their own login too. */
    public Person add(String name, Role role, String pin, Set<Long> queueIds) {
        access.requireSupervisor();
        var clean = checkName(name);
        boolean password = isPassword(pin);
        var hash = password ? null : hasher.hash(pin);
        return transactions.inTransaction(tx -> {
            requireFree(tx, clean, null);
            long id = people.add(tx, clean, role, hash, clock.instant());
            people.setQueues(tx, id, queueIds);
            audit.record(tx, role == Role.SUPERVISOR ? AuditAction.SUPERVISOR_ADDED : AuditAction.PERSON_ADDED, clean,
                    null);
            if (password) {
                logins.setPassword(tx, id, LoginNames.from(clean), pin);
            }
            return people.find(tx, id).orElseThrow();
        });
    }

    /**
     * Whether the secret a supervisor typed is a server password rather than a PIN: always on a
     * server but at the owner's console, where only one of {@link Logins#MIN_PASSWORD_LENGTH}
     * characters or more is. Checked here: a PIN's length, or a password's.
     */
    private boolean isPassword(String secret) {
        boolean password = switch (logins.session()) {
            case FILE -> false;
            case PERSON -> true;
            case CONSOLE -> secret != null && secret.strip().length() >= Logins.MIN_PASSWORD_LENGTH;
        };
        if (password) {
            requireValidPassword(secret);
        } else {
            SignIn.requireValidPin(secret);
        }
        return password;
    }

    static void requireValidPassword(String password) {
        if (password == null || password.strip().length() < Logins.MIN_PASSWORD_LENGTH) {
            throw new app.obzvon.common.RefusedException("people.password.short", Logins.MIN_PASSWORD_LENGTH);
        }
    }

    public void rename(long personId, String name) {
        access.requireSupervisor();
        var clean = checkName(name);
        change(personId, AuditAction.PERSON_RENAMED, tx -> {
            requireFree(tx, clean, personId);
            people.rename(tx, personId, clean);
        }, clean);
    }

    /**
     * A new PIN for someone who forgot theirs; their wrong tries are forgotten too. On a server a new
     * password ({@link #isPassword}), which gives the person their own login if they had none.
     */
    public void resetPin(long personId, String pin) {
        access.requireSupervisor();
        boolean password = isPassword(pin);
        var hash = password ? null : hasher.hash(pin);
        change(personId, AuditAction.PERSON_PIN_RESET, tx -> {
            if (password) {
                var person = people.find(tx, personId).orElseThrow();
                logins.setPassword(tx, personId, LoginNames.from(person.name()), pin);
            } else {
                people.setPinHash(tx, personId, hash);
            }
            people.setFailures(tx, personId, PersonRepository.Failures.NONE);
        }, null);
    }

    public void setRole(long personId, Role role) {
        var me = access.requireSupervisor();
        if (me.id() == personId && role != Role.SUPERVISOR) {
            // Otherwise the base could be left with nobody who may manage it.
            throw new AccessDeniedException("a supervisor cannot take their own role away");
        }
        change(personId, role == Role.SUPERVISOR ? AuditAction.MADE_SUPERVISOR : AuditAction.MADE_CALLER,
                tx -> people.setRole(tx, personId, role), null);
    }

    /** The person can no longer sign in; their calls, hand-overs and audit rows stay theirs. */
    public void deactivate(long personId) {
        var me = access.requireSupervisor();
        if (me.id() == personId) {
            throw new AccessDeniedException("a supervisor cannot deactivate themselves");
        }
        change(personId, AuditAction.PERSON_DEACTIVATED, tx -> people.setActive(tx, personId, false), null);
    }

    public void activate(long personId) {
        access.requireSupervisor();
        change(personId, AuditAction.PERSON_ACTIVATED, tx -> people.setActive(tx, personId, true), null);
    }

    public Set<Long> queues(long personId) {
        access.requireSupervisor();
        return transactions.read(tx -> people.queues(tx, personId));
    }

    public void setQueues(long personId, Set<Long> queueIds) {
        access.requireSupervisor();
        transactions.inTransaction(tx -> {
            var person = people.find(tx, personId).orElseThrow();
            people.setQueues(tx, personId, queueIds);
            audit.record(tx, AuditAction.PERSON_QUEUES, person.name(), queueIds.size());
            return null;
        });
    }

    public Duration lockAfter() {
        access.requireSupervisor();
        return transactions.read(settings::lockAfter);
    }

    public void setLockAfter(Duration idle) {
        access.requireSupervisor();
        if (idle.toMinutes() < 1 || idle.toMinutes() > 240) {
            throw new IllegalArgumentException("the idle time is 1 to 240 minutes");
        }
        transactions.inTransaction(tx -> {
            settings.saveLockAfter(tx, idle);
            audit.record(tx, AuditAction.LOCK_AFTER, null, (int) idle.toMinutes());
            return null;
        });
    }

    private void change(long personId, AuditAction action, Consumer<Tx> change, String detail) {
        transactions.inTransaction(tx -> {
            var person = people.find(tx, personId)
                    .orElseThrow(() -> new IllegalArgumentException("no person " + personId));
            change.accept(tx);
            audit.record(tx, action, detail == null ? person.name() : person.name() + " → " + detail, null);
            return null;
        });
    }

    private void requireFree(Tx tx, String name, Long except) {
        if (people.all(tx).stream().anyMatch(p -> !Long.valueOf(p.id()).equals(except)
                && p.name().equalsIgnoreCase(name))) {
            throw new NameTakenException(name);
        }
    }

    static String checkName(String name) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new IllegalArgumentException("a name has 1 to " + MAX_NAME + " characters");
        }
        return clean;
    }
}
