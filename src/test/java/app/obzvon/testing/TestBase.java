package app.obzvon.testing;

import app.obzvon.Services;
import app.obzvon.call.CallDetails;
import app.obzvon.call.LoggedCall;
import app.obzvon.call.Outcome;
import app.obzvon.common.Tx;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Contact;
import app.obzvon.contact.NewContact;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.team.PinHasher;

import java.nio.file.Path;

import static app.obzvon.persistence.jooq.Tables.QUEUE_MEMBERS;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A real database file in a temp folder with the real services, plus shortcuts tests share; with
 * {@code -Dobzvon.test.engine=postgresql}, a real base on the test server instead ({@link ServerBases}).
 */
public final class TestBase implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    /** Monday 23 November 2026, 10:00 in Moscow. */
    public static final Instant MORNING = Instant.parse("2026-11-23T07:00:00Z");

    /** The first supervisor's PIN in every test base. */
    public static final String PIN = "2468";
    /**
     * PBKDF2 at a thousandth of the app's iterations: tests sign in hundreds of times. The app's
     * count is asserted where hashing is tested ({@code SignInTest}).
     */
    public static final PinHasher QUICK_HASH = new PinHasher(600);

    /**
     * A clock that runs in real time from {@link #MORNING}: for tests that need time to pass by
     * itself and calling hours open (the machine's own clock may read a Sunday night).
     */
    public static java.time.Clock mondayMorning() {
        return java.time.Clock.offset(java.time.Clock.system(ZONE), java.time.Duration.between(Instant.now(), MORNING));
    }

    public final MutableClock clock;
    public final Path file;
    public Services services;
    /** The first supervisor, signed in. */
    public final Person supervisor;

    public TestBase(Path folder) {
        this.clock = new MutableClock(MORNING, ZONE);
        this.file = folder.resolve("obzvon.db");
        if (ServerBases.ON_SERVER) {
            ServerBases.create(file);
        }
        this.services = open(file, clock);
        this.supervisor = services.signIn().createFirstSupervisor("Анна", PIN);
    }

    /**
     * The services of another window or PC on the same base, nobody signed in yet: the file, or
     * when the tests run on the server ({@link ServerBases}), the server's base standing for it.
     */
    public static Services open(Path file, java.time.Clock clock) {
        var server = ServerBases.of(file);
        return server != null ? Services.open(server, null, clock, QUICK_HASH) : Services.open(file, clock, QUICK_HASH);
    }

    /** A plain JDBC connection to the same base, as another program would open it. */
    public java.sql.Connection otherConnection() throws java.sql.SQLException {
        var server = ServerBases.of(file);
        return server == null ? java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)
                : java.sql.DriverManager.getConnection(server.jdbcUrl() + "?user=" + server.user());
    }

    /** Whether this base is a server's (the service tests' run on PostgreSQL) rather than a file. */
    public boolean onServer() {
        return ServerBases.of(file) != null;
    }

    /** Closes and opens the file again, as a restart of the app would, with the supervisor signed in. */
    public void restart() {
        services.close();
        services = open(file, clock);
        services.signIn().signIn(supervisor.id(), PIN);
    }

    /** Runs the work in one transaction of the base: tests hand its Tx to the repositories and helpers they call. */
    public <T> T inTx(Function<Tx, T> work) {
        return services.database().inTransaction(work);
    }

    /** Adds a caller (given every queue) with this PIN. */
    public Person addCaller(String name, String pin) {
        return services.people().add(name, Role.CALLER, pin,
                new java.util.HashSet<>(services.queueSetup().all().stream().map(CallQueue::id).toList()));
    }

    public static NewContact company(String name, CompanySize size) {
        return new NewContact(name, "Иван Петров", List.of("+7 495 123-45-67"), "Москва", "Москва",
                ZONE, size, "Торговля", "test");
    }

    public void addCompanies(String... names) {
        var companies = IntStream.range(0, names.length).mapToObj(i -> company(names[i], CompanySize.SMALL)).toList();
        inTx(tx -> services.contacts().addAll(tx, companies));
    }

    public CallQueue queue(QueueFilter filter) {
        return inTx(tx -> services.queues().add(tx, new NewQueue("Queue", filter, null, 80)));
    }

    /**
     * Puts contacts into a queue by hand, as an import into that queue does. Unlike an import, it may
     * put older contacts there, behind where the dispenser already looked: so it rewinds it.
     */
    public void addMembers(CallQueue queue, long... contactIds) {
        for (long id : contactIds) {
            services.database().dsl().insertInto(QUEUE_MEMBERS, QUEUE_MEMBERS.QUEUE_ID, QUEUE_MEMBERS.CONTACT_ID)
                    .values((int) queue.id(), (int) id).execute();
        }
        services.dispenser().rewind();
    }

    public Outcome outcome(String code) {
        // A read, no write lock: a test may hold the lock from another connection meanwhile.
        return services.database().read(services.outcomes()::active).stream().filter(o -> o.code().equals(code))
                .findFirst().orElseThrow();
    }

    public Contact next(CallQueue queue) {
        return inTx(tx -> services.dispenser().next(tx, queue, supervisor.id())).orElseThrow();
    }

    public Contact reload(Contact contact) {
        return inTx(tx -> services.contacts().find(tx, contact.id())).orElseThrow();
    }

    public LoggedCall log(Contact contact, CallQueue queue, String outcome, CallDetails details) {
        return log(contact.id(), queue, supervisor.id(), outcome, details);
    }

    /** Logs a call by this caller, in a transaction of its own (the round's step runs it in its own). */
    public LoggedCall log(long contactId, CallQueue queue, long callerId, String outcome, CallDetails details) {
        var chosen = outcome(outcome);
        return inTx(tx -> services.callLogger().log(tx, contactId, queue, callerId, chosen, details, clock.instant()));
    }

    public LoggedCall log(Contact contact, CallQueue queue, String outcome) {
        return log(contact, queue, outcome, CallDetails.none());
    }

    @Override
    public void close() {
        services.close();
        ServerBases.drop(file);
    }
}
