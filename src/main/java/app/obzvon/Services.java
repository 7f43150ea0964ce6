package app.obzvon;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditLog;
import app.obzvon.backup.Backups;
import app.obzvon.call.CallLogger;
import app.obzvon.call.CallRepository;
import app.obzvon.call.Outcome;
import app.obzvon.call.OutcomeRepository;
import app.obzvon.call.ProgressCounter;
import app.obzvon.call.RuleTable;
import app.obzvon.calling.CallingSession;
import app.obzvon.contact.ContactRepository;
import app.obzvon.demo.DemoBase;
import app.obzvon.donotcall.DoNotCallList;
import app.obzvon.figures.TeamFigures;
import app.obzvon.handoff.LeadExporter;
import app.obzvon.handoff.StageResults;
import app.obzvon.importing.Importer;
import app.obzvon.inbound.InboundRequests;
import app.obzvon.persistence.Database;
import app.obzvon.persistence.ServerAddress;
import app.obzvon.persistence.JooqAuditRepository;
import app.obzvon.persistence.JooqCallRepository;
import app.obzvon.persistence.JooqClaimRepository;
import app.obzvon.persistence.JooqContactRepository;
import app.obzvon.persistence.JooqDoNotCallRepository;
import app.obzvon.persistence.JooqFiguresRepository;
import app.obzvon.persistence.JooqImportRepository;
import app.obzvon.persistence.JooqInboundRepository;
import app.obzvon.persistence.JooqLeadRepository;
import app.obzvon.persistence.JooqOutcomeRepository;
import app.obzvon.persistence.JooqPlanRepository;
import app.obzvon.persistence.JooqPersonRepository;
import app.obzvon.persistence.JooqTargetRepository;
import app.obzvon.persistence.JooqShiftRepository;
import app.obzvon.shift.Shifts;
import app.obzvon.call.CallerPlan;
import app.obzvon.persistence.JooqQueueRepository;
import app.obzvon.persistence.JooqScriptReportRepository;
import app.obzvon.persistence.JooqScriptRepository;
import app.obzvon.persistence.JooqSearchRepository;
import app.obzvon.persistence.JooqSettingsRepository;
import app.obzvon.persistence.JooqStageResultRepository;
import app.obzvon.persistence.JooqWorkRepository;
import app.obzvon.persistence.OpenMode;
import app.obzvon.planning.Planner;
import app.obzvon.queue.Claims;
import app.obzvon.queue.Dispenser;
import app.obzvon.queue.QueueRepository;
import app.obzvon.queue.QueueSetup;
import app.obzvon.report.ScriptReports;
import app.obzvon.search.ContactSearch;
import app.obzvon.search.Corrections;
import app.obzvon.script.ScriptLibrary;
import app.obzvon.settings.Settings;
import app.obzvon.team.People;
import app.obzvon.team.PersonRepository;
import app.obzvon.team.Targets;
import app.obzvon.team.PinHasher;
import app.obzvon.team.SignIn;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * The composition root: every service, wired by constructor over one database and one clock, for
 * one person at a time ({@link Access}: one window, or one command). The UI and the command line
 * use the application services (the last group); the repositories are here for tests and the
 * benchmark suite, and {@code ArchitectureTest} keeps the UI and the command line off them.
 */
public record Services(
        Database database,
        Settings settings,
        ContactRepository contacts,
        QueueRepository queues,
        Dispenser dispenser,
        OutcomeRepository outcomes,
        CallRepository calls,
        CallLogger callLogger,
        ProgressCounter progress,
        PersonRepository personRepository,
        DemoBase demoBase,
        Access access,
        // The application services: each checks who may do what.
        SignIn signIn,
        People people,
        CallingSession callingSession,
        QueueSetup queueSetup,
        RuleTable ruleTable,
        ContactSearch contactSearch,
        Corrections corrections,
        ScriptLibrary scripts,
        Importer importer,
        LeadExporter leadExporter,
        StageResults stageResults,
        ScriptReports scriptReports,
        AuditLog auditLog,
        DoNotCallList doNotCallList,
        Backups backups,
        Targets targets,
        Shifts shifts,
        TeamFigures teamFigures,
        Planner planner,
        InboundRequests inboundRequests) implements AutoCloseable {

    public static Services open(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, OpenMode.CREATE);
    }

    /** On a base opened as the mode says: created if missing, only an existing one, or read-only. */
    public static Services open(Path databaseFile, Clock clock, OpenMode mode) {
        return open(databaseFile, clock, new PinHasher(), mode);
    }

    /** With fewer PBKDF2 iterations, for tests that sign in many times; the app uses the default. */
    public static Services open(Path databaseFile, Clock clock, PinHasher hasher) {
        return open(databaseFile, clock, hasher, OpenMode.CREATE);
    }

    public static Services open(Path databaseFile, Clock clock, PinHasher hasher, OpenMode mode) {
        return wire(Database.open(databaseFile, mode), databaseFile, clock, hasher);
    }

    /** On a team's base on a PostgreSQL server, signed in to the server as the address's user. */
    public static Services open(ServerAddress address, String password, Clock clock) {
        return open(address, password, clock, new PinHasher());
    }

    public static Services open(ServerAddress address, String password, Clock clock, PinHasher hasher) {
        return wire(Database.open(address, password), null, clock, hasher);
    }

    /** Every service on the base, by constructor; {@code databaseFile} null on a server (no backups from here). */
    private static Services wire(Database database, Path databaseFile, Clock clock, PinHasher hasher) {
        var access = new Access();
        var audits = new JooqAuditRepository();
        var audit = new Audit(audits, access, clock);
        var settings = new Settings(new JooqSettingsRepository());
        var contacts = new JooqContactRepository(database, clock);
        var queues = new JooqQueueRepository(database, contacts, clock);
        var calls = new JooqCallRepository(database);
        var scripts = new JooqScriptRepository(clock);
        var outcomes = new JooqOutcomeRepository();
        var people = new JooqPersonRepository();
        var library = new ScriptLibrary(database, scripts, tx -> outcomes.active(tx).stream()
                .map(Outcome::code).collect(Collectors.toSet()), access, audit);
        var claims = new Claims(new JooqClaimRepository(database), clock);
        var dispenser = new Dispenser(queues, claims, settings::callingRules, clock);
        var callLogger = new CallLogger(contacts, calls, settings::callingRules, clock);
        var targets = new JooqTargetRepository();
        var shifts = new JooqShiftRepository();
        var progress = new ProgressCounter(calls, settings::callingRules,
                (tx, callerId) -> new CallerPlan(targets.of(tx, callerId), shifts.open(tx, callerId).orElse(null)), clock);
        var demoBase = new DemoBase(contacts, scripts, queues);
        var callerTargets = new Targets(database, targets, people, access, audit);
        var session = new CallingSession(database, access, claims, audit, settings, outcomes, contacts, queues,
                dispenser, calls, callLogger, progress, library, new JooqWorkRepository(database), demoBase, clock);
        return new Services(database, settings, contacts, queues, dispenser, outcomes, calls, callLogger, progress,
                people, demoBase, access,
                new SignIn(database, people, hasher, access, audit, settings, clock, contacts::isEmpty, database.logins()),
                new People(database, people, hasher, access, audit, settings, clock, database.logins()),
                session,
                new QueueSetup(database, queues, outcomes, access, audit),
                new RuleTable(database, outcomes, settings, access, audit),
                new ContactSearch(database, new JooqSearchRepository(), access),
                new Corrections(database, contacts, access, audit),
                library,
                new Importer(database, new JooqImportRepository(), queues, clock, access, audit),
                new LeadExporter(database, new JooqLeadRepository(), clock, access, audit),
                new StageResults(database, new JooqStageResultRepository(), clock, access, audit),
                new ScriptReports(database, library, new JooqScriptReportRepository(), access),
                new AuditLog(database, audits, audit, access),
                new DoNotCallList(database, new JooqDoNotCallRepository(), access, audit, clock),
                new Backups(databaseFile, database.copies(), database, people, access, audit, clock, tx -> {
                    settings.reloadRules(tx);
                    dispenser.rewind();
                }),
                callerTargets,
                new Shifts(database, shifts, targets, settings, access, audit, progress::forget, clock),
                new TeamFigures(database, new JooqFiguresRepository(), people, targets, settings, access, clock),
                new Planner(database, new JooqPlanRepository(), people, targets, callerTargets, access, audit, clock),
                new InboundRequests(database, new JooqInboundRepository(), contacts, new JooqSettingsRepository(), people,
                        access, audit, clock));
    }

    /**
     * Whether the base answers now: one cheap statement, failing as a step would (a {@link
     * app.obzvon.persistence.ServerFault} while a server is away). No person needed: not a service's operation.
     */
    public void ping() {
        database.ping();
    }

    @Override
    public void close() {
        database.close();
    }
}
