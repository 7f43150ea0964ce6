package app.obzvon.persistence;

import app.obzvon.Services;
import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditFilter;
import app.obzvon.call.CallDetails;
import app.obzvon.call.Outcome;
import app.obzvon.call.Undo;
import app.obzvon.contact.Correction;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.handoff.LeadCriteria;
import app.obzvon.handoff.LeadTexts;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.SourceOptions;
import app.obzvon.queue.CallQueue;
import app.obzvon.team.Logins;
import app.obzvon.testing.MutableClock;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.ServerBases;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The base protected by the server (issue 12): each person's own PostgreSQL role may do what their
 * role in the app may, and no more, whether through the app or with their credentials in psql.
 * Plain JDBC as a caller's role is refused the base in bulk, the audit log, deletions; the same role
 * through the app works its round; a supervisor's role imports, hands over and reads in bulk; the
 * audit says who and when as the server knows it. The test server trusts its local connections, so
 * a password itself is not checked here: a login's right to sign in at all is.
 */
@PostgresTest
class ServerPermissionsTest {

    static final String ANNA_PASSWORD = "anna-password-1";
    static final String BORIS_PASSWORD = "boris-password-1";
    static final String DMITRY_PASSWORD = "dmitry-password-1";
    static final String[] COMPANIES = {"Альфа", "Бета", "Гамма", "Дельта", "Эпсилон", "Дзета", "Эта", "Тета"};

    @TempDir
    static Path folder;

    static final MutableClock clock = new MutableClock(TestBase.MORNING, TestBase.ZONE);
    static ServerAddress address;
    static Person anna;
    static Person boris;
    /** A caller who never works a round here: nothing on his screen, nothing in his working list. */
    static Person dmitry;
    static CallQueue queue;
    static List<Long> contactIds;

    @BeforeAll
    static void base(PostgresDatabase database) throws Exception {
        address = ServerBases.address(database);
        // The owner's console (the tests' superuser): the first supervisor, and Анна with her own login.
        try (var console = Services.open(address, null, clock, TestBase.QUICK_HASH)) {
            assertEquals(Logins.Session.CONSOLE, console.database().logins().session());
            console.signIn().createFirstSupervisor("Администратор", TestBase.PIN);
            anna = console.people().add("Анна Иванова", Role.SUPERVISOR, ANNA_PASSWORD, Set.of());
        }
        assertNotNull(anna.login());
        assertTrue(anna.login().endsWith("_anna_ivanova"), anna.login());
        // Анна, as her own role: loads the base into a new queue and adds Борис, a caller, with his login.
        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            assertEquals(Logins.Session.PERSON, s.database().logins().session());
            assertEquals(anna.id(), s.signIn().door().connected().id());
            s.signIn().signInConnected();
            var csv = new StringBuilder("Компания;Телефон;Примечание\n");
            for (int i = 0; i < COMPANIES.length; i++) {
                csv.append(COMPANIES[i]).append(";+7 495 100-20-").append(10 + i).append(";заметка ").append(i)
                        .append('\n');
            }
            var file = Files.writeString(folder.resolve("base.csv"), csv);
            var importer = s.importer();
            var options = SourceOptions.detect();
            var imported = importer.importFile(file, options, importer.preview(file, options).mapping(),
                    QueueTarget.newQueue("Москва"), Progress.NONE);
            assertEquals(COMPANIES.length, imported.imported());
            queue = s.callingSession().queues().stream().filter(q -> q.id() == imported.queueId()).findFirst()
                    .orElseThrow();
            boris = s.people().add("Борис", Role.CALLER, BORIS_PASSWORD, Set.of(queue.id()));
            dmitry = s.people().add("Дмитрий", Role.CALLER, DMITRY_PASSWORD, Set.of(queue.id()));
        }
        try (var c = console(); var rows = c.createStatement().executeQuery("SELECT id FROM contacts ORDER BY id")) {
            contactIds = new ArrayList<>();
            while (rows.next()) {
                contactIds.add(rows.getLong(1));
            }
        }
    }

    static Services as(String login, String password) {
        return Services.open(address.as(login), password, clock, TestBase.QUICK_HASH);
    }

    static Connection connect(String login, String password) throws SQLException {
        return connect(address, login, password);
    }

    static Connection connect(ServerAddress base, String login, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", login);
        properties.setProperty("password", password);
        return DriverManager.getConnection(base.jdbcUrl(), properties);
    }

    /** The superuser the tests connect as: the base's owner, above the guard. */
    static Connection console() throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl() + "?user=" + address.user());
    }

    /** The statement is refused for want of a privilege (or by the guard, with the same SQLSTATE). */
    static void refused(Connection c, String sql) {
        var e = assertThrows(SQLException.class, () -> c.createStatement().execute(sql), sql);
        assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
    }

    static long count(Connection c, String sql) throws SQLException {
        try (var rows = c.createStatement().executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return rows.getLong(1);
        }
    }

    static String copyOut(Connection c, String sql) throws Exception {
        var out = new ByteArrayOutputStream();
        c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aCallersRoleIsRefusedTheCardsPhonesAndHistoryInBulk() throws Exception {
        try (var c = connect(dmitry.login(), DMITRY_PASSWORD)) {
            refused(c, "SELECT company FROM contacts");
            refused(c, "SELECT * FROM contacts");
            refused(c, "SELECT id, person, city FROM contacts");
            // What picks the next company is readable: the state, not the card.
            try (var owner = console()) {
                assertEquals(count(owner, "SELECT count(*) FROM contacts"),
                        count(c, "SELECT count(*) FROM contacts WHERE status IS NOT NULL"));
            }
            // The cards, phones and the file's own fields only of a company held: none yet.
            assertEquals(0, count(c, "SELECT count(*) FROM guard.contact_cards"));
            assertEquals(0, count(c, "SELECT count(*) FROM contact_phones"));
            assertEquals(0, count(c, "SELECT count(*) FROM contact_fields"));
            for (var table : List.of("imports", "handovers", "handover_leads", "stage_results", "audit", "do_not_call",
                    "undone_calls", "work_expiries", "guard.rate_log", "guard.settings", "tallied_days", "day_tallies",
                    "hour_tallies", "ending_tallies")) {
                refused(c, "SELECT * FROM " + table);
            }
            // COPY reads what SELECT may: not the cards, and of the phones only the held.
            for (var copy : List.of("COPY contacts TO STDOUT", "COPY (SELECT company, person FROM contacts) TO STDOUT",
                    "COPY audit TO STDOUT", "COPY imports TO STDOUT")) {
                var e = assertThrows(SQLException.class, () -> copyOut(c, copy), copy);
                assertEquals("42501", e.getSQLState(), copy + ": " + e.getMessage());
            }
            assertEquals("", copyOut(c, "COPY (SELECT * FROM contact_phones) TO STDOUT"));
            // The search: names only, for three letters or more, ten rows at most.
            assertEquals(0, count(c, "SELECT count(*) FROM guard.find_contacts(NULL, ARRAY['а'], 1000)"));
            assertEquals(2, count(c, "SELECT count(*) FROM guard.find_contacts(NULL, ARRAY['ета'], 2)"));
        }
    }

    @Test
    void aCallersRoleCannotWriteAroundTheApp() throws Exception {
        try (var c = connect(dmitry.login(), DMITRY_PASSWORD)) {
            refused(c, "INSERT INTO audit (at, caller_id, action) VALUES (0, " + anna.id() + ", 'import')");
            refused(c, "UPDATE audit SET subject = 'nothing happened'");
            refused(c, "DELETE FROM audit");
            refused(c, "TRUNCATE audit");
            refused(c, "DELETE FROM contacts");
            refused(c, "DELETE FROM calls");
            refused(c, "DELETE FROM contact_phones");
            refused(c, "TRUNCATE contacts, calls CASCADE");
            refused(c, "INSERT INTO contacts (company, created_at) VALUES ('Подставная', 0)");
            refused(c, "UPDATE contacts SET company = 'Другое имя'");
            // A company's state only where it is on his screen or in his working list: the guard's trigger.
            refused(c, "UPDATE contacts SET status = 'REFUSED'");
            refused(c, "UPDATE contacts SET owner_id = " + dmitry.id() + " WHERE id = " + contactIds.get(0));
            // His calls only, and only on a company he holds; his claims only.
            refused(c, "INSERT INTO calls (contact_id, caller_id, outcome_id, started_at, logged_at, prev_status,"
                    + " prev_attempts, prev_do_not_call) VALUES (" + contactIds.get(0) + ", " + dmitry.id()
                    + ", 1, 0, 0, 'NEW', 0, false)");
            refused(c, "INSERT INTO claims (contact_id, holder, caller_id, expires_at) VALUES (" + contactIds.get(0)
                    + ", 'psql', " + anna.id() + ", 0)");
            // Nobody's role but through a supervisor.
            refused(c, "UPDATE callers SET role = 'SUPERVISOR' WHERE id = " + dmitry.id());
            // Row-level security: another's row is not there for him to change.
            assertEquals(0, c.createStatement().executeUpdate("UPDATE callers SET language = 'en' WHERE id = "
                    + anna.id()));
            refused(c, "SELECT guard.person_login(" + dmitry.id() + ", 'x', 'SCRAM-SHA-256$4096:x$y:z')");
            assertEquals(0, c.createStatement().executeUpdate("UPDATE settings SET value = '1'"));
            refused(c, "INSERT INTO settings (name, value) VALUES ('calling.max.attempts', '99')");
            // The dashboard's kept days are the supervisors'.
            refused(c, "INSERT INTO tallied_days (zone, day) VALUES ('Europe/Moscow', 1)");
            refused(c, "DELETE FROM day_tallies");
        }
    }

    /**
     * A claim is what opens a card, a search what names companies: a caller's are counted, so a
     * script cannot walk the base one card or ten names at a time.
     */
    @Test
    void aCallerSeesTheOneCardHeClaimedAndClaimsNoMoreThanTheHourAllows() throws Exception {
        Person galina;
        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            s.signIn().signInConnected();
            galina = s.people().add("Галина", Role.CALLER, "galina-password", Set.of(queue.id()));
        }
        var free = new ArrayList<Long>();
        var names = new ArrayList<String>();
        try (var owner = console()) {
            owner.createStatement().execute("UPDATE guard.settings SET claims_per_hour = 3, searches_per_hour = 1");
            try (var rows = owner.createStatement().executeQuery("SELECT id, company FROM contacts WHERE status = 'NEW'"
                    + " AND id NOT IN (SELECT contact_id FROM claims) ORDER BY id LIMIT 4")) {
                while (rows.next()) {
                    free.add(rows.getLong(1));
                    names.add(rows.getString(2));
                }
            }
        }
        assertEquals(4, free.size());
        try (var c = connect(galina.login(), "galina-password")) {
            long first = free.get(0);
            c.createStatement().execute("INSERT INTO claims (contact_id, holder, caller_id, expires_at) VALUES ("
                    + first + ", 'psql', " + galina.id() + ", 0)");
            try (var rows = c.createStatement().executeQuery("SELECT id, company FROM guard.contact_cards")) {
                assertTrue(rows.next());
                assertEquals(first, rows.getLong(1));
                assertEquals(names.get(0), rows.getString(2));
                assertFalse(rows.next(), "one card: the claimed one");
            }
            assertEquals(1, count(c, "SELECT count(*) FROM contact_phones"));
            assertEquals(1, count(c, "SELECT count(*) FROM contact_fields"));
            c.createStatement().execute("INSERT INTO claims (contact_id, holder, caller_id, expires_at) VALUES ("
                    + free.get(1) + ", 'psql', " + galina.id() + ", 0)");
            c.createStatement().execute("INSERT INTO claims (contact_id, holder, caller_id, expires_at) VALUES ("
                    + free.get(2) + ", 'psql', " + galina.id() + ", 0)");
            refused(c, "INSERT INTO claims (contact_id, holder, caller_id, expires_at) VALUES (" + free.get(3)
                    + ", 'psql', " + galina.id() + ", 0)");
            // A claim moved to another company would be a new claim without counting: refused.
            refused(c, "UPDATE claims SET contact_id = " + free.get(3) + " WHERE contact_id = " + first);
            c.createStatement().execute("DELETE FROM claims WHERE holder = 'psql'");
            assertEquals(0, count(c, "SELECT count(*) FROM guard.contact_cards"));
            // Searches, likewise: a name at a time is not the base.
            count(c, "SELECT count(*) FROM guard.find_contacts(NULL, ARRAY['ета'], 10)");
            refused(c, "SELECT count(*) FROM guard.find_contacts(NULL, ARRAY['ета'], 10)");
        } finally {
            try (var owner = console()) {
                owner.createStatement().execute("UPDATE guard.settings SET claims_per_hour = 300,"
                        + " searches_per_hour = 60");
            }
        }
    }

    @Test
    void theWindowsDoorSignsInThePersonWhoseLoginConnectedWithoutAPin() throws Exception {
        try (var s = as(boris.login(), BORIS_PASSWORD)) {
            var screen = new app.obzvon.ui.workstation.WorkstationViewModel(new app.obzvon.testing.SynchronousTasks(),
                    clock);
            var door = new app.obzvon.ui.workstation.DoorViewModel(new app.obzvon.testing.SynchronousTasks(), clock,
                    screen);
            door.connect(s.signIn(), s.callingSession(), s.shifts(), s.signIn().door());
            assertEquals(boris.id(), screen.personProperty().get().id(), "his login is his sign-in");
            assertEquals(app.obzvon.ui.workstation.Screen.CONTACT, screen.screenProperty().get());

            // A switch of caller on this PC shows the door: the next person connects as themselves.
            door.switchCaller();
            assertEquals(app.obzvon.ui.workstation.Screen.SIGN_IN, screen.screenProperty().get());
        }
    }

    @Test
    void theCallersScreenWorksItsQueueAsHisOwnRole() throws Exception {
        try (var s = as(boris.login(), BORIS_PASSWORD)) {
            var door = s.signIn().door();
            assertFalse(door.firstStart());
            assertEquals(boris.id(), door.connected().id());
            assertEquals(List.of(boris.id()), door.people().stream().map(Person::id).toList());
            s.signIn().signInConnected();
            var session = s.callingSession();
            var start = session.start();
            assertEquals("Борис", start.callerName());
            var opened = session.open(queue);
            var shown = opened.contact();
            int callsBefore = opened.progress().counts().calls();
            assertNotNull(shown.company(), "the card of the company on his screen");
            assertEquals(1, shown.phones().size());
            assertEquals(1, shown.extraFields().size());
            try (var c = connect(boris.login(), BORIS_PASSWORD); var owner = console()) {
                var held = "FROM contacts WHERE owner_id = " + boris.id()
                        + " OR id IN (SELECT contact_id FROM claims WHERE caller_id = " + boris.id() + ")";
                assertEquals(count(owner, "SELECT count(*) " + held),
                        count(c, "SELECT count(*) FROM guard.contact_cards"), "his screen's and his working list's");
                assertEquals(1, count(c, "SELECT count(*) FROM guard.contact_cards WHERE id = " + shown.id()));
                assertEquals(count(owner, "SELECT count(*) FROM contact_phones WHERE contact_id IN (SELECT id " + held + ")"),
                        count(c, "SELECT count(*) FROM contact_phones"));
                assertTrue(count(owner, "SELECT count(*) FROM contact_phones") > count(c, "SELECT count(*) FROM contact_phones"));
            }

            var outcomes = session.outcomes();
            var noAnswer = outcomes.stream().filter(o -> o.code().equals("no_answer")).findFirst().orElseThrow();
            var logged = session.log(shown.id(), noAnswer, CallDetails.none(), clock.instant());
            var next = logged.next().contact();
            assertNotNull(next.company());
            assertTrue(next.id() != shown.id());
            assertEquals(callsBefore + 1, logged.next().progress().counts().calls());

            var undone = session.undo(logged.call());
            assertEquals(Undo.UNDONE, undone.result());
            assertEquals(shown.id(), undone.view().contact().id());
            assertEquals(shown.company(), undone.view().contact().company());

            var callBack = outcomes.stream().filter(o -> o.code().equals("call_back")).findFirst().orElseThrow();
            var at = clock.instant().plus(Duration.ofHours(2));
            var agreed = session.log(shown.id(), callBack, new CallDetails("перезвонить", at, null), clock.instant());
            assertNotNull(agreed.next().contact());
            assertTrue(session.callbacks().stream().anyMatch(b -> b.contactId() == shown.id()
                    && shown.company().equals(b.company())), "his callback, named");
            assertTrue(session.expired().stream().noneMatch(e -> e.contactId() == shown.id()));
            // The history of a company on his screen; the search's rows without numbers, ten at most.
            assertEquals(shown.company(), s.contactSearch().find(shown.company()).get(0).company());
            // A prospect calls back: found by name, taken onto his screen, its card his now.
            String other;
            try (var owner = console(); var row = owner.createStatement().executeQuery("SELECT company FROM contacts"
                    + " WHERE status = 'NEW' AND id NOT IN (SELECT contact_id FROM claims) ORDER BY id DESC LIMIT 1")) {
                assertTrue(row.next());
                other = row.getString(1);
            }
            var found = s.contactSearch().find(other).get(0);
            assertEquals(other, found.company());
            var taken = session.take(found.id()).contact();
            assertEquals(other, taken.company());
            assertEquals(1, taken.phones().size());
            session.renewClaim();
            // His own language; the idle lock, opened by his password (which the server checks).
            s.signIn().setLanguage(Locale.ENGLISH);
            assertEquals(Locale.ENGLISH, s.access().current().language());
            s.signIn().lock();
            s.signIn().unlock(BORIS_PASSWORD);
            assertTrue(s.signIn().lockAfter().toMinutes() > 0);
            session.leave();
        }
    }

    /**
     * What a caller's round does to companies he does not hold goes through the server's functions:
     * a "do not call" closes the number in every other company that has it (and its undo opens it),
     * and passed deadlines move every caller's companies.
     */
    @Test
    void aCallersRoundClosesAListedNumberEverywhereAndMovesPassedDeadlinesThroughTheServer() throws Exception {
        CallQueue shared;
        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            s.signIn().signInConnected();
            // Two companies with one number (TestBase.company's), in a queue of their own.
            s.database().inTransaction(tx -> s.contacts().addAll(tx, List.of(
                    TestBase.company("Общий А", app.obzvon.contact.CompanySize.SMALL),
                    TestBase.company("Общий Б", app.obzvon.contact.CompanySize.SMALL))));
            shared = s.database().inTransaction(tx -> s.queues().add(tx, new app.obzvon.queue.NewQueue("Общий",
                    new app.obzvon.queue.QueueFilter(Set.of(), Set.of(), null, null, "test"), null, 80)));
        }
        try (var s = as(boris.login(), BORIS_PASSWORD)) {
            s.signIn().signInConnected();
            var session = s.callingSession();
            var first = session.open(shared).contact();
            assertEquals("Общий А", first.company());
            var dnc = session.outcomes().stream().filter(o -> o.code().equals("do_not_call")).findFirst().orElseThrow();
            var logged = session.log(first.id(), dnc, CallDetails.none(), clock.instant());
            try (var c = console(); var row = c.createStatement().executeQuery("SELECT p.closed, c.do_not_call,"
                    + " (SELECT caller_id FROM do_not_call WHERE e164 = p.e164) FROM contact_phones p"
                    + " JOIN contacts c ON c.id = p.contact_id WHERE c.company = 'Общий Б'")) {
                assertTrue(row.next());
                assertEquals("DO_NOT_CALL", row.getString(1));
                assertTrue(row.getBoolean(2), "its only number closed: the company with it");
                assertEquals(boris.id(), row.getLong(3), "listed by him, as the server knows him");
            }
            assertEquals(Undo.UNDONE, session.undo(logged.call()).result());
            try (var c = console()) {
                assertEquals(0, count(c, "SELECT count(*) FROM do_not_call WHERE e164 = '+74951234567'"));
                assertEquals(0, count(c, "SELECT count(*) FROM contact_phones WHERE closed IS NOT NULL"
                        + " AND contact_id IN (SELECT id FROM contacts WHERE company LIKE 'Общий%')"));
                assertEquals(0, count(c, "SELECT count(*) FROM contacts WHERE do_not_call AND company LIKE 'Общий%'"));
            }

            // A callback puts the company into his working list; its deadline passes.
            var callBack = session.outcomes().stream().filter(o -> o.code().equals("call_back")).findFirst()
                    .orElseThrow();
            session.log(first.id(), callBack, new CallDetails(null, clock.instant().plus(Duration.ofDays(1)), null),
                    clock.instant());
            try (var c = console()) {
                assertEquals(1, c.createStatement().executeUpdate("UPDATE contacts SET work_until = 1 WHERE id = "
                        + first.id() + " AND owner_id = " + boris.id()));
            }
            session.renewClaim();
            var expired = session.expired();
            assertEquals(1, expired.size());
            assertEquals("Общий А", expired.get(0).company(), "named, though no longer his");
            try (var c = connect(boris.login(), BORIS_PASSWORD)) {
                assertEquals(0, count(c, "SELECT count(*) FROM guard.contact_cards WHERE id = " + first.id()));
            }
            session.leave();
        }
    }

    @Test
    void aSupervisorsRoleImportsHandsOverAndReadsTheWholeBase() throws Exception {
        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            s.signIn().signInConnected();
            var session = s.callingSession();
            var shown = session.open(queue).contact();
            var lead = session.outcomes().stream().filter(o -> o.code().equals("qualified_lead")).findFirst()
                    .orElseThrow();
            session.log(shown.id(), lead, CallDetails.none(), clock.instant());
            session.leave();
            var handed = s.leadExporter().export(LeadCriteria.newLeads(), ExportFormat.CSV, null,
                    LeadTexts.of(Locale.ENGLISH, code -> code), folder.resolve("leads.csv"));
            assertNotNull(handed.batch());
            assertTrue(Files.readString(handed.file()).contains(shown.company()));
            assertFalse(s.auditLog().find(AuditFilter.ALL).isEmpty());
            // The rest of a supervisor's day, each as her own role.
            var results = Files.writeString(folder.resolve("results.csv"), "Компания;Статус\n" + shown.company()
                    + ";Сделка\n");
            assertEquals(1, s.stageResults().apply(results, SourceOptions.detect()).changes().size());
            s.queueSetup().add("Вторая");
            s.ruleTable().add("sent_offer");
            s.ruleTable().saveCallingRules(s.ruleTable().callingRules());
            s.scripts().create(app.obzvon.testing.SampleScripts.coldCall());
            s.doNotCallList().add("+7 916 000-11-22");
            s.doNotCallList().remove("+79160001122");
            s.doNotCallList().importFile(Files.writeString(folder.resolve("stop.txt"), "+7 916 000-33-44\n"));
            var card = s.corrections().addPhone(shown.id(), "+7 495 765-43-21");
            s.corrections().setPhoneClosed(shown.id(), card.phones().get(card.phones().size() - 1).id(), true);
            s.people().setLockAfter(Duration.ofMinutes(15));
            s.auditLog().save(AuditFilter.ALL, folder.resolve("audit.xlsx"), TestBase.ZONE, key -> key);
            // The dashboard keeps its closed days, and a new counting forgets them, as her role.
            var week = s.teamFigures().period(clock.instant().minus(Duration.ofDays(7)), clock.instant());
            var busy = s.ruleTable().outcomes().stream().filter(o -> o.code().equals("busy")).findFirst().orElseThrow();
            s.ruleTable().save(new Outcome(busy.id(), busy.code(), busy.label(), busy.labelEn(), busy.hotkey(),
                    busy.colour(), busy.statusChange(), busy.nextCall(), busy.retryDelay(), busy.maxAttempts(),
                    busy.asksReason(), busy.setsDoNotCall(), !busy.conversation(), busy.lead(), busy.meeting(),
                    busy.position(), busy.active()));
            s.ruleTable().save(busy);
            assertEquals(week, s.teamFigures().period(week.from(), week.to()));
        }
        try (var c = connect(anna.login(), ANNA_PASSWORD)) {
            try (var owner = console()) {
                assertEquals(count(owner, "SELECT count(*) FROM contacts"),
                        count(c, "SELECT count(*) FROM (SELECT company, person FROM contacts) x"));
                assertEquals(count(owner, "SELECT count(*) FROM contact_phones"),
                        count(c, "SELECT count(*) FROM contact_phones"));
            }
            assertTrue(copyOut(c, "COPY contacts TO STDOUT").contains(COMPANIES[0]));
            assertTrue(count(c, "SELECT count(*) FROM audit") > 0);
            assertTrue(count(c, "SELECT count(*) FROM handovers") > 0);
            // Even a supervisor neither writes the log nor deletes history.
            refused(c, "INSERT INTO audit (at, caller_id, action) VALUES (0, " + boris.id() + ", 'import')");
            refused(c, "DELETE FROM audit");
            refused(c, "DELETE FROM calls");
            refused(c, "DELETE FROM contacts");
            refused(c, "TRUNCATE claims");
            refused(c, "UPDATE callers SET login = 'postgres' WHERE id = " + boris.id());
            assertTrue(count(c, "SELECT count(*) FROM tallied_days") > 0);
        }
    }

    @Test
    void theAuditIsWrittenByTheServerWithItsPersonAndClockWhateverTheClientSays() throws Exception {
        var before = Instant.now().minusSeconds(5);
        try (var s = as(boris.login(), BORIS_PASSWORD)) {
            s.signIn().signInConnected();
            // A client that claims to be Анна: the server knows the role it signed in as.
            s.access().signIn(anna);
            s.signIn().lock();
        }
        try (var c = connect(boris.login(), BORIS_PASSWORD)) {
            c.createStatement().execute("SELECT guard.audit(0, " + anna.id() + ", 'screen-locked', 'psql', NULL)");
            // A caller records his own round only.
            refused(c, "SELECT guard.audit(0, " + anna.id() + ", 'import', 'a base', 100)");
        }
        try (var c = console(); var rows = c.createStatement().executeQuery(
                "SELECT caller_id, at FROM audit WHERE action = 'screen-locked' AND subject IN ('Анна Иванова', 'psql')"
                        + " ORDER BY id")) {
            int seen = 0;
            while (rows.next()) {
                seen++;
                assertEquals(boris.id(), rows.getLong(1));
                assertFalse(Instant.ofEpochMilli(rows.getLong(2)).isBefore(before), "the server's clock, not the client's");
            }
            assertEquals(2, seen);
        }

        // People's changes: written by the server once, with the subjects the app writes.
        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            s.signIn().signInConnected();
            s.people().rename(boris.id(), "Борис Петров");
            s.people().rename(boris.id(), "Борис");
            var renamed = s.auditLog().find(new AuditFilter(null, AuditAction.PERSON_RENAMED, null, null));
            assertEquals(List.of("Борис Петров → Борис", "Борис → Борис Петров"),
                    renamed.stream().map(e -> e.subject()).toList());
            assertTrue(renamed.stream().allMatch(e -> e.personId() == anna.id()));
            // A correction through the app: its own row only; one in psql is audited all the same.
            long id = contactIds.get(COMPANIES.length - 1);
            s.corrections().correct(id, new Correction("Тета Плюс", null, null, null, null, null));
        }
        try (var c = connect(anna.login(), ANNA_PASSWORD)) {
            c.createStatement().execute("UPDATE contacts SET company = 'Тета' WHERE id = "
                    + contactIds.get(COMPANIES.length - 1));
        }
        try (var c = console(); var rows = c.createStatement().executeQuery(
                "SELECT subject, caller_id FROM audit WHERE action = 'contact-corrected' ORDER BY id")) {
            assertTrue(rows.next());
            assertEquals("Тета", rows.getString(1), "the app's own row");
            assertEquals(anna.id(), rows.getLong(2));
            assertTrue(rows.next());
            assertEquals("Тета Плюс", rows.getString(1), "the server's, for the change made in psql");
            assertEquals(anna.id(), rows.getLong(2));
            assertFalse(rows.next());
        }
    }

    @Test
    void aPersonAddedBySupervisorSignsInAsTheirOwnLoginAndADeactivatedOneCannot() throws Exception {
        Person vera;
        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            s.signIn().signInConnected();
            var refused = assertThrows(app.obzvon.common.RefusedException.class,
                    () -> s.people().add("Вера", Role.CALLER, "1357", Set.of(queue.id())),
                    "on a server the secret is a password, of 8 characters or more");
            assertEquals("people.password.short", refused.key(), "said in the person's language by the window");
            vera = s.people().add("Вера", Role.CALLER, "vera-password", Set.of(queue.id()));
        }
        try (var c = console(); var row = c.createStatement().executeQuery("SELECT rolcanlogin, rolpassword,"
                + " pg_has_role(rolname, (SELECT callers FROM guard.settings), 'MEMBER') FROM pg_authid WHERE rolname = '"
                + vera.login() + "'")) {
            assertTrue(row.next());
            assertTrue(row.getBoolean(1));
            assertTrue(row.getString(2).startsWith("SCRAM-SHA-256$"), "the password arrived as its verifier");
            assertTrue(row.getBoolean(3));
        }
        Connection open = connect(vera.login(), "vera-password");
        try (var s = as(vera.login(), "vera-password")) {
            assertEquals(vera.id(), s.signIn().signInConnected().id());
            assertEquals(1, s.callingSession().queues().size());
        }

        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            s.signIn().signInConnected();
            s.people().deactivate(vera.id());
        }
        var refused = assertThrows(ServerFault.class, () -> as(vera.login(), "vera-password"));
        assertEquals(ServerFault.Kind.SIGN_IN_REFUSED, refused.kind());
        // A connection she had open can do nothing more.
        refused(open, "SELECT id FROM contacts");
        open.close();

        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            s.signIn().signInConnected();
            s.people().activate(vera.id());
            s.people().setRole(vera.id(), Role.SUPERVISOR);
        }
        try (var s = as(vera.login(), "vera-password")) {
            assertTrue(s.signIn().signInConnected().isSupervisor());
            assertFalse(s.people().all().isEmpty());
        }
        try (var c = console(); var rows = c.createStatement().executeQuery("SELECT action FROM audit"
                + " WHERE subject = 'Вера' ORDER BY id")) {
            var actions = new ArrayList<String>();
            while (rows.next()) {
                actions.add(rows.getString(1));
            }
            assertEquals(List.of("person-added", "person-deactivated", "person-activated", "made-supervisor"), actions);
        }
    }

    /**
     * What the administrator does once, as README says: an owner role that may create roles but is no
     * superuser, the base's database its own, nobody else connecting but the base's people. The
     * owner's first start migrates it and makes the first supervisor; from there the people's logins.
     */
    @Test
    void anOwnerWhoIsNoSuperuserMakesTheBaseAndItsPeople(@PostgresTest.Fresh PostgresDatabase database)
            throws Exception {
        var server = ServerBases.address(database);
        var owner = database.name().substring(0, Math.min(50, database.name().length())) + "_owner";
        try (var c = database.connect(); var admin = c.createStatement()) {
            admin.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD 'owner-password'");
            admin.execute("ALTER DATABASE " + database.name() + " OWNER TO " + owner);
            admin.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + database.name() + " FROM PUBLIC");
        }
        try {
            Person first;
            Person supervisor;
            try (var console = Services.open(server.as(owner), "owner-password", clock, TestBase.QUICK_HASH)) {
                assertEquals(Logins.Session.CONSOLE, console.database().logins().session());
                assertTrue(console.signIn().door().firstStart());
                first = console.signIn().createFirstSupervisor("Владелец", TestBase.PIN);
                supervisor = console.people().add("Ольга", Role.SUPERVISOR, "olga-password", Set.of());
            }
            assertEquals(owner, first.login(), "the role that made the base is its first supervisor");
            Person caller;
            try (var s = Services.open(server.as(supervisor.login()), "olga-password", clock, TestBase.QUICK_HASH)) {
                assertTrue(s.signIn().signInConnected().isSupervisor());
                s.database().inTransaction(tx -> s.contacts().addAll(tx,
                        List.of(TestBase.company("Омега", app.obzvon.contact.CompanySize.SMALL))));
                caller = s.people().add("Пётр", Role.CALLER, "petr-password", Set.of());
            }
            try (var c = connect(server, caller.login(), "petr-password")) {
                assertEquals(1, count(c, "SELECT count(*) FROM contacts"));
                refused(c, "SELECT company FROM contacts");
            }
        } finally {
            try (var c = database.connect(); var admin = c.createStatement()) {
                admin.execute("REASSIGN OWNED BY " + owner + " TO " + server.user());
                admin.execute("DROP OWNED BY " + owner);
                admin.execute("DROP ROLE " + owner);
            }
        }
    }

    @Test
    void inboundRequestsAreTheSupervisorsAndACallerReadsAndMarksOnlyTheOnesGivenToHer() throws Exception {
        Person elena;
        app.obzvon.inbound.Entered entered;
        var today = java.time.LocalDate.now(clock);
        var half = app.obzvon.inbound.HalfDay.at(java.time.LocalTime.now(clock));
        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            s.signIn().signInConnected();
            elena = s.people().add("Елена", Role.CALLER, "elena-password-1", Set.of(queue.id()));
            var inbound = s.inboundRequests();
            inbound.saveSettings(new app.obzvon.inbound.InboundSettings(app.obzvon.inbound.Handout.DUTY,
                    Duration.ofMinutes(15)));
            inbound.setDuty(today, half, elena.id());
            // Written by the supervisor's role: the company made (a Novosibirsk number: its zone kept too)
            // and given to Елена, a callback due now.
            entered = inbound.enter(new app.obzvon.inbound.NewRequest("Входящая", "Ирина", "+7 383 444-00-01",
                    "Счёт на 10 станков", "сайт"));
            assertEquals(elena.id(), entered.callerId());
            assertEquals(1, inbound.waiting(Duration.ZERO).size());
        }
        try (var c = connect(dmitry.login(), DMITRY_PASSWORD)) {
            assertEquals(0, count(c, "SELECT count(*) FROM inbound_requests"), "not given to him");
            refused(c, "SELECT * FROM inbound_duty");
            refused(c, "INSERT INTO inbound_requests (contact_id, company, phone, received_at, entered_by) VALUES ("
                    + entered.contactId() + ", 'x', '+70000000000', 0, " + dmitry.id() + ")");
            refused(c, "UPDATE inbound_requests SET caller_id = " + dmitry.id());
            refused(c, "INSERT INTO inbound_duty (day, half, caller_id) VALUES ('2026-11-24', 'MORNING', "
                    + dmitry.id() + ")");
            assertEquals(0, c.createStatement().executeUpdate("UPDATE inbound_requests SET shown_at = 0"));
        }
        try (var c = connect(elena.login(), "elena-password-1")) {
            assertEquals(1, count(c, "SELECT count(*) FROM inbound_requests"));
            refused(c, "UPDATE inbound_requests SET wants = 'другое'");
            refused(c, "DELETE FROM inbound_requests");
        }
        // Her screen, as her own role: the request first, what they want on the card, answered by her call.
        try (var s = as(elena.login(), "elena-password-1")) {
            s.signIn().signInConnected();
            var shown = s.callingSession().open(queue).contact();
            assertEquals(entered.contactId(), shown.id());
            assertEquals("Входящая", shown.company());
            assertEquals("Счёт на 10 станков", s.inboundRequests().onCard(shown.id()).orElseThrow().wants());
            var callBack = s.callingSession().outcomes().stream().filter(o -> o.code().equals("call_back"))
                    .findFirst().orElseThrow();
            s.callingSession().log(shown.id(), callBack, new CallDetails(null, clock.instant().plus(Duration.ofDays(1)),
                    null), clock.instant());
        }
        try (var s = as(anna.login(), ANNA_PASSWORD)) {
            s.signIn().signInConnected();
            var request = s.inboundRequests().today().stream().filter(r -> r.id() == entered.requestId())
                    .findFirst().orElseThrow();
            assertNotNull(request.shownAt());
            assertNotNull(request.answeredAt());
            assertTrue(s.inboundRequests().waiting(Duration.ZERO).isEmpty());
        }
    }

    @Test
    void theConsoleIsTheOwnersAndWorksAsAFile() throws Exception {
        try (var s = Services.open(address, null, clock, TestBase.QUICK_HASH)) {
            var door = s.signIn().door();
            assertNull(door.connected());
            assertFalse(door.firstStart());
            assertTrue(door.people().stream().anyMatch(p -> p.name().equals("Администратор")));
            assertThrows(app.obzvon.access.AccessDeniedException.class, () -> s.signIn().signInConnected());
            var admin = door.people().stream().filter(p -> p.name().equals("Администратор")).findFirst().orElseThrow();
            assertEquals(address.user(), admin.login(), "the first supervisor is the role that made the base");
            s.signIn().signIn(admin.id(), TestBase.PIN);
            // Above the guard: every card.
            for (long id : contactIds) {
                assertTrue(s.database().read(tx -> s.contacts().find(tx, id)).orElseThrow().hasCard());
            }
        }
    }
}
