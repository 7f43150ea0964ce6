package app.obzvon.persistence;

import app.obzvon.call.CallDetails;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.NewContact;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every statement of the caller's round (open a queue, log and next, a callback, retries falling
 * due, undo, the target, an empty queue) reads contacts and calls through an index, on each kind
 * of queue: a filter over the whole base, a narrow filter, a members-only queue. SQLite plans the
 * same without statistics whatever the size of the base, so a small base shows what a million
 * contacts would get: a plan that starts scanning fails here, not in a caller's hands.
 */
class QueryPlanTest {

    private static final Pattern SCAN = Pattern.compile("\\bSCAN (contacts|calls|c|calls_\\w+)\\b");
    /** A sort of contacts means every match was read before the first came out. */
    private static final Pattern SORTED_CONTACTS = Pattern.compile("TEMP B-TREE");

    @TempDir
    Path folder;

    @Test
    void noStepOfTheCallersRoundScansContactsOrCalls() throws Exception {
        try (var base = new TestBase(folder)) {
            base.inTx(tx -> base.services.contacts().addAll(tx, IntStream.range(0, 30).mapToObj(i -> new NewContact(
                    "Company " + i, "Person", List.of("+7 495 100-00-" + (10 + i)), "Москва",
                    i % 3 == 0 ? "Москва" : "Тверь", TestBase.ZONE, i % 2 == 0 ? CompanySize.LARGE : CompanySize.SMALL,
                    "Торговля", "test")).toList()));
            var whole = base.queue(QueueFilter.any());
            var narrow = base.queue(new QueueFilter(Set.of(), Set.of(CompanySize.LARGE), null, "Москва", null));
            var members = base.inTx(tx -> base.services.queues().add(tx, NewQueue.ofMembers("Members", 80)));
            base.addMembers(members, 2, 5, 8, 11, 14, 17, 20);

            var statements = new ArrayList<Database.Statement>();
            try (var watching = base.services.database().watch(statements::add)) {
                for (var queue : List.of(whole, narrow, members)) {
                    workThrough(base, queue);
                }
            }
            var problems = new ArrayList<String>();
            try (var plans = DriverManager.getConnection("jdbc:sqlite:" + base.file)) {
                for (var statement : statements.stream().distinct().toList()) {
                    var plan = plan(plans, statement);
                    boolean readsContacts = statement.sql().contains("from \"contacts\"")
                            || statement.sql().contains("from contacts");
                    if (plan.stream().anyMatch(line -> SCAN.matcher(line).find())
                            || readsContacts && plan.stream().anyMatch(line -> SORTED_CONTACTS.matcher(line).find())) {
                        problems.add(statement.sql() + "\n    " + String.join("\n    ", plan));
                    }
                    // One caller's companies are read by their owner: through contacts_next_call, the
                    // caller's own callback read every caller's due callbacks (7 ms of each key press
                    // on a million contacts) though it found one of a handful.
                    if (statement.sql().contains("contacts.owner_id = ?") && !statement.sql().contains(" or ")
                            && plan.stream().noneMatch(line -> line.contains("contacts_owner"))) {
                        problems.add("not by its owner: " + statement.sql() + "\n    " + String.join("\n    ", plan));
                    }
                }
            }
            assertTrue(statements.size() > 50, "the round ran " + statements.size() + " statements");
            assertTrue(problems.isEmpty(), "plans that scan:\n" + String.join("\n", problems));
        }
    }

    /**
     * The dashboard's reads (today every three seconds, and the days before today once) take the
     * period's calls through calls_logged, never the whole table, and nothing else it reads scans:
     * neither keeping the closed days at the first read nor reading them kept at the next.
     */
    @Test
    void theDashboardReadsThePeriodsCallsThroughAnIndex() throws Exception {
        var day = new app.obzvon.testing.TeamDay(folder);
        try (var base = day.base) {
            var statements = new ArrayList<Database.Statement>();
            try (var watching = base.services.database().watch(statements::add)) {
                base.services.teamFigures().today();
                for (int read = 0; read < 2; read++) {
                    base.services.teamFigures().period(app.obzvon.testing.TeamDay.midnight(17),
                            app.obzvon.testing.TeamDay.midnight(23));
                }
            }
            var problems = new ArrayList<String>();
            var byLoggedAt = 0;
            var kept = 0;
            try (var plans = DriverManager.getConnection("jdbc:sqlite:" + base.file)) {
                for (var statement : statements.stream().distinct().toList()) {
                    var plan = plan(plans, statement);
                    // People, outcomes, settings and hand-over batches are a row each: small for good.
                    if (plan.stream().anyMatch(line -> line.matches(".*\\bSCAN \\w+.*") && !line.contains("SCAN callers")
                            && !line.contains("SCAN outcome_definitions") && !line.contains("SCAN settings")
                            && !line.contains("SCAN handovers"))) {
                        problems.add(statement.sql() + "\n    " + String.join("\n    ", plan));
                    }
                    if (plan.stream().anyMatch(line -> line.contains("calls_logged"))) {
                        byLoggedAt++;
                    }
                    if (plan.stream().anyMatch(line -> line.matches(".*SEARCH \\w+_tallies USING PRIMARY KEY.*"))) {
                        kept++;
                    }
                }
            }
            assertTrue(problems.isEmpty(), "plans that scan:\n" + String.join("\n", problems));
            assertTrue(byLoggedAt >= 2, "the calls are read by the time they were logged: " + byLoggedAt);
            assertTrue(kept >= 3, "the kept days are read by their day: " + kept);
        }
    }

    /** SQLite's plan for the statement with its values bound, one line a step. */
    static List<String> plan(java.sql.Connection plans, Database.Statement statement) throws java.sql.SQLException {
        var plan = new ArrayList<String>();
        try (var explain = plans.prepareStatement("EXPLAIN QUERY PLAN " + statement.sql())) {
            for (int i = 0; i < statement.binds().size(); i++) {
                explain.setObject(i + 1, statement.binds().get(i));
            }
            try (var rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString("detail"));
                }
            }
        }
        return plan;
    }

    /** Opens the queue and logs what a caller would until it is empty, with a callback and retries. */
    private static void workThrough(TestBase base, CallQueue queue) {
        var session = base.services.callingSession();
        var shown = session.open(queue);
        var outcomes = List.of("no_answer", "busy", "wrong_number", "qualified_lead", "not_interested");
        int round = 0;
        while (shown.contact() != null && round < 40) {
            var code = outcomes.get(round % outcomes.size());
            var details = code.equals("not_interested")
                    ? new CallDetails(null, null, app.obzvon.contact.RefusalReason.NO_BUDGET)
                    : CallDetails.none();
            if (round == 1) {
                code = "call_back";
                details = new CallDetails(null, base.clock.instant().plus(Duration.ofMinutes(20)), null);
            }
            var logged = session.log(shown.contact().id(), base.outcome(code), details, base.clock.instant());
            // After an undo the screen is the undone contact again, as the caller sees it.
            shown = round == 2 ? session.undo(logged.call()).view() : logged.next();
            round++;
        }
        session.setDailyTarget(90);
        // The callback and the retries fall due.
        base.clock.advance(Duration.ofHours(3));
        session.open(queue);
        base.clock.advance(Duration.ofHours(-3));
    }
}
