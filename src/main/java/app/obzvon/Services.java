package app.obzvon;

import app.obzvon.call.CallLogger;
import app.obzvon.calling.CallingSession;
import app.obzvon.call.CallRepository;
import app.obzvon.call.Outcome;
import app.obzvon.call.OutcomeRepository;
import app.obzvon.call.ProgressCounter;
import app.obzvon.contact.ContactRepository;
import app.obzvon.demo.DemoBase;
import app.obzvon.handoff.LeadExporter;
import app.obzvon.importing.Importer;
import app.obzvon.persistence.Database;
import app.obzvon.persistence.JooqCallRepository;
import app.obzvon.persistence.JooqCallerRepository;
import app.obzvon.persistence.JooqContactRepository;
import app.obzvon.persistence.JooqImportRepository;
import app.obzvon.persistence.JooqLeadRepository;
import app.obzvon.persistence.JooqOutcomeRepository;
import app.obzvon.persistence.JooqQueueRepository;
import app.obzvon.persistence.JooqScriptReportRepository;
import app.obzvon.persistence.JooqScriptRepository;
import app.obzvon.persistence.JooqSettingsRepository;
import app.obzvon.queue.Dispenser;
import app.obzvon.queue.QueueRepository;
import app.obzvon.report.ScriptReports;
import app.obzvon.script.ScriptLibrary;
import app.obzvon.settings.Settings;
import app.obzvon.team.Caller;
import app.obzvon.team.CallerRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;

/** The composition root: every service, wired by constructor over one database and one clock. */
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
        ScriptLibrary scripts,
        CallerRepository callers,
        DemoBase demoBase,
        Importer importer,
        LeadExporter leadExporter,
        ScriptReports scriptReports,
        CallingSession callingSession) implements AutoCloseable {

    public static Services open(Path databaseFile, Clock clock) {
        var database = Database.open(databaseFile);
        var dsl = database.dsl();
        var settings = new Settings(new JooqSettingsRepository(dsl));
        var contacts = new JooqContactRepository(database, clock);
        var queues = new JooqQueueRepository(database, contacts, clock);
        var calls = new JooqCallRepository(database);
        var scripts = new JooqScriptRepository(dsl, clock);
        var outcomes = new JooqOutcomeRepository(dsl);
        var library = new ScriptLibrary(database, scripts, () -> outcomes.active().stream()
                .map(Outcome::code).collect(Collectors.toSet()));
        var dispenser = new Dispenser(queues, settings::callingRules, clock);
        var callLogger = new CallLogger(database, contacts, calls, settings::callingRules, clock);
        var progress = new ProgressCounter(calls, settings::callingRules, clock);
        var callers = new JooqCallerRepository(dsl);
        var demoBase = new DemoBase(database, contacts, scripts, queues);
        // One caller per workstation until sign-in comes.
        var session = new CallingSession(database, Caller.DEFAULT_ID, settings, callers, outcomes, contacts, queues,
                dispenser, calls, callLogger, progress, library, demoBase);
        return new Services(database, settings, contacts, queues, dispenser, outcomes, calls, callLogger, progress,
                library, callers, demoBase,
                new Importer(database, new JooqImportRepository(dsl), queues, clock),
                new LeadExporter(database, new JooqLeadRepository(dsl), clock),
                new ScriptReports(library, new JooqScriptReportRepository(dsl)),
                session);
    }

    @Override
    public void close() {
        database.close();
    }
}
