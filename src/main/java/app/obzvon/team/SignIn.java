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

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The door: who may sign in, the first supervisor of a new base, sign-in and sign-out, the screen's
 * lock and its unlock, and each person's own language. Wrong PINs are counted per person and each
 * one makes the next try wait longer; each is audited.
 *
 * <p>On a team's server ({@link Logins}) the connection is the sign-in: connected as a person's own
 * login, the door names that person ({@link Door#connected()}, {@link #signInConnected()}) and their
 * password, checked by the server, unlocks the screen; wrong ones are counted, slowed down and
 * audited as wrong PINs are. Connected as the base's owner (the administrator's console), the door is
 * a file's, and its first start makes the owner's role the first supervisor's login.
 */
public final class SignIn {

    /** Wrong PINs taken at once; after that each waits twice as long as the one before. */
    static final int FREE_TRIES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    public static final int MIN_PIN_LENGTH = 4;

    /**
     * What the door shows: the first start (nobody can sign in yet) with the name already known,
     * or the people who can sign in; the language the base last used; and whether the base is
     * read-only (to look at, not to log in). On a server, connected as a person's own login,
     * {@code connected} is that person (active; {@code people} holds only them), signed in by
     * {@link #signInConnected()} without a PIN; null on a file and at the server's console.
     */
    public record Door(boolean firstStart, String firstSupervisorName, boolean baseEmpty, List<Person> people,
                       Optional<Locale> language, boolean readOnly, Person connected) {
    }

    private final Transactions transactions;
    private final PersonRepository people;
    private final PinHasher hasher;
    private final Access access;
    private final Audit audit;
    private final Settings settings;
    private final Clock clock;
    private final Predicate<Tx> baseEmpty;
    private final Logins logins;
    private volatile UnlockKey unlockKey;
    /** Wrong passwords in a row at this window (a person's own login cannot write the count into the base). */
    private int wrongPasswords;
    private java.time.Instant lastWrongPassword;

    public SignIn(Transactions transactions, PersonRepository people, PinHasher hasher, Access access, Audit audit,
                  Settings settings, Clock clock, Predicate<Tx> baseEmpty) {
        this(transactions, people, hasher, access, audit, settings, clock, baseEmpty, Logins.FILE);
    }

    public SignIn(Transactions transactions, PersonRepository people, PinHasher hasher, Access access, Audit audit,
                  Settings settings, Clock clock, Predicate<Tx> baseEmpty, Logins logins) {
        this.baseEmpty = baseEmpty;
        this.logins = logins;
        this.transactions = transactions;
        this.people = people;
        this.hasher = hasher;
        this.access = access;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public Door door() {
        return transactions.inTransaction(tx -> {
            var all = people.all(tx);
            if (logins.session() == Logins.Session.PERSON) {
                var me = connected(tx);
                return new Door(false, null, baseEmpty.test(tx), me.map(List::of).orElse(List.of()),
                        settings.language(tx), !transactions.writable(), me.orElse(null));
            }
            var first = firstSupervisor(all);
            if (first.isPresent()) {
                return new Door(true, first.get().name(), baseEmpty.test(tx), List.of(), settings.language(tx),
                        !transactions.writable(), null);
            }
            return new Door(false, null, baseEmpty.test(tx),
                    all.stream().filter(p -> p.active() && p.hasPin()).toList(), settings.language(tx),
                    !transactions.writable(), null);
        });
    }

    /** The active person whose own login this server session is. */
    private Optional<Person> connected(Tx tx) {
        return logins.connectedPerson(tx).flatMap(id -> people.find(tx, id)).filter(Person::active);
    }

    /**
     * On a server, connected as a person's own login: signs that person in. The server checked their
     * password when the connection was made. Refused on a file and at the server's console, whose
     * door is the PIN's, and for a role that is nobody's (active) login here.
     */
    public Person signInConnected() {
        if (logins.session() != Logins.Session.PERSON) {
            throw new AccessDeniedException("not connected to a server as a person's own login");
        }
        var person = transactions.read(this::connected).orElseThrow(
                () -> new SignInRefusedException(SignInRefusedException.Reason.NOT_A_PERSON, Duration.ZERO));
        access.signIn(person);
        unlockKey = null;
        return person;
    }

    /**
     * The first start: the supervisor who had no PIN (a new base, or one from before people came)
     * gets a name and a PIN, and is signed in. Refused once anyone can sign in.
     */
    public Person createFirstSupervisor(String name, String pin) {
        var cleanName = People.checkName(name);
        requireValidPin(pin);
        if (logins.session() == Logins.Session.PERSON) {
            throw new AccessDeniedException("a server's first supervisor is made at its owner's console");
        }
        return transactions.inTransaction(tx -> {
            var first = firstSupervisor(people.all(tx))
                    .orElseThrow(() -> new AccessDeniedException("the first supervisor exists already"));
            people.rename(tx, first.id(), cleanName);
            people.setPinHash(tx, first.id(), hasher.hash(pin));
            // On a server: the role that made the base signs in as this supervisor.
            logins.takeLogin(tx, first.id());
            var person = people.find(tx, first.id()).orElseThrow();
            access.signIn(person);
            unlockKey = UnlockKey.of(person.id(), pin);
            audit.record(tx, AuditAction.FIRST_SUPERVISOR, cleanName, null);
            return person;
        });
    }

    /** Signs a person in with their PIN; a wrong one is counted, audited and slows the next try. */
    public Person signIn(long personId, String pin) {
        var person = logins.session() == Logins.Session.PERSON ? checkPassword(personId, pin)
                : checkPin(personId, pin, stored -> hasher.matches(pin, stored));
        access.signIn(person);
        unlockKey = UnlockKey.of(person.id(), pin);
        return person;
    }

    /** Leaves the workstation to the next person (a shift change on a shared PC). */
    public void signOut() {
        access.signOut();
        unlockKey = null;
    }

    /** Locks the screen of whoever is signed in: it opens again only with their PIN. */
    public void lock() {
        var person = access.requireSignedIn();
        if (!transactions.writable()) {
            // The lock still covers the screen; a read-only base just cannot keep the row.
            return;
        }
        transactions.inTransaction(tx -> {
            audit.record(tx, AuditAction.SCREEN_LOCKED, person.name(), null);
            return null;
        });
    }

    /** Unlocks with the PIN of the person signed in (slowed down as sign-in is). */
    public void unlock(String pin) {
        var person = access.requireSignedIn();
        if (logins.session() == Logins.Session.PERSON) {
            // A person's own login has no PIN: their password, which the server checks.
            checkPassword(person.id(), pin);
            return;
        }
        var key = unlockKey;
        // The PIN this window's person signed in with, kept only as a keyed hash in memory: an unlock
        // is instant, while wrong PINs are still counted, slowed down and audited as at sign-in.
        checkPin(person.id(), pin, key != null && key.personId() == person.id()
                ? stored -> key.matches(pin) : stored -> hasher.matches(pin, stored));
    }

    /** The signed-in person's PIN as an HMAC under a key that never leaves this process. */
    private record UnlockKey(long personId, SecretKeySpec key, byte[] mac) {

        static UnlockKey of(long personId, String pin) {
            var secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            var key = new SecretKeySpec(secret, "HmacSHA256");
            return new UnlockKey(personId, key, mac(key, pin));
        }

        boolean matches(String pin) {
            return MessageDigest.isEqual(mac, mac(key, pin));
        }

        private static byte[] mac(SecretKeySpec key, String pin) {
            try {
                var hmac = Mac.getInstance("HmacSHA256");
                hmac.init(key);
                return hmac.doFinal(pin.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is missing from this JDK", e);
            }
        }
    }

    /** How long the screen may stay idle before it locks, as the supervisor set it. */
    public Duration lockAfter() {
        access.requireSignedIn();
        return transactions.read(settings::lockAfter);
    }

    /** The language of the person signed in; the sign-in screen starts in the last one chosen. */
    public void setLanguage(Locale language) {
        var person = access.requireSignedIn();
        if (!transactions.writable()) {
            // The window switches all the same; a read-only base does not remember it.
            return;
        }
        transactions.inTransaction(tx -> {
            people.setLanguage(tx, person.id(), language.toLanguageTag());
            settings.saveLanguage(tx, language);
            return null;
        });
        access.signIn(transactions.read(tx -> people.find(tx, person.id())).orElseThrow());
    }

    private Person checkPin(long personId, String pin, Predicate<String> matchesStored) {
        // The failure is committed before it is reported: a refusal must not roll its own count back.
        var checked = transactions.inTransaction(tx -> {
            var person = people.find(tx, personId).filter(Person::active).orElse(null);
            if (person == null) {
                return new Checked(null, new SignInRefusedException(SignInRefusedException.Reason.INACTIVE,
                        Duration.ZERO));
            }
            var failures = people.failures(tx, personId);
            var now = clock.instant();
            var until = failures.last() == null ? now : failures.last().plus(waitAfter(failures.count()));
            if (now.isBefore(until)) {
                // Not even checked: trying faster than the wait allows tells nothing.
                return new Checked(null, new SignInRefusedException(SignInRefusedException.Reason.WAIT,
                        Duration.between(now, until)));
            }
            var hash = people.pinHash(tx, personId).orElse(null);
            if (hash == null) {
                return new Checked(null, new SignInRefusedException(SignInRefusedException.Reason.NO_PIN,
                        Duration.ZERO));
            }
            if (!matchesStored.test(hash)) {
                int count = failures.count() + 1;
                // A read-only base cannot count: whoever can read its file has its PIN hashes anyway.
                if (transactions.writable()) {
                    people.setFailures(tx, personId, new PersonRepository.Failures(count, now));
                    audit.recordFor(tx, personId, AuditAction.SIGN_IN_FAILED, person.name(), count);
                }
                return new Checked(null, new SignInRefusedException(SignInRefusedException.Reason.WRONG_PIN,
                        waitAfter(count)));
            }
            if (failures.count() > 0 && transactions.writable()) {
                people.setFailures(tx, personId, PersonRepository.Failures.NONE);
            }
            return new Checked(person, null);
        });
        if (checked.refused() != null) {
            throw checked.refused();
        }
        return checked.person();
    }

    private record Checked(Person person, SignInRefusedException refused) {
    }

    /**
     * On a server, as a person's own login: the password of this session's login, checked by the
     * server on a fresh connection. Wrong ones wait as wrong PINs do and are audited (by the server,
     * with its clock); the count is this window's.
     */
    private synchronized Person checkPassword(long personId, String password) {
        var person = transactions.read(this::connected).filter(p -> p.id() == personId).orElseThrow(
                () -> new SignInRefusedException(SignInRefusedException.Reason.INACTIVE, Duration.ZERO));
        var now = clock.instant();
        var until = lastWrongPassword == null ? now : lastWrongPassword.plus(waitAfter(wrongPasswords));
        if (now.isBefore(until)) {
            throw new SignInRefusedException(SignInRefusedException.Reason.WAIT, Duration.between(now, until));
        }
        if (password == null || !logins.checkPassword(password)) {
            wrongPasswords++;
            lastWrongPassword = now;
            int count = wrongPasswords;
            transactions.inTransaction(tx -> {
                audit.recordFor(tx, personId, AuditAction.SIGN_IN_FAILED, person.name(), count);
                return null;
            });
            throw new SignInRefusedException(SignInRefusedException.Reason.WRONG_PIN, waitAfter(count));
        }
        wrongPasswords = 0;
        lastWrongPassword = null;
        return person;
    }

    /** The wait before the next try after {@code failures} wrong PINs in a row. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_TRIES, 10);
        var wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** A supervisor who has no PIN yet, while nobody at all has one (nor a login): the base's first start. */
    private static Optional<Person> firstSupervisor(List<Person> all) {
        if (all.stream().anyMatch(p -> p.hasPin() || p.login() != null)) {
            return Optional.empty();
        }
        return all.stream().filter(p -> p.role() == Role.SUPERVISOR).findFirst();
    }

    static void requireValidPin(String pin) {
        if (pin == null || pin.strip().length() < MIN_PIN_LENGTH) {
            throw new IllegalArgumentException("a PIN has at least " + MIN_PIN_LENGTH + " characters");
        }
    }
}
