package app.obzvon.persistence;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.NewContact;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The do-not-call list's statements read through an index: the companies' numbers by
 * {@code contact_phones_e164}, a company by its key, a search by ranges of the list's key. The list
 * itself is read from its end (rowid, newest first) and stops at the rows shown; only its count reads
 * it whole, through its smallest index.
 */
class DoNotCallPlansTest {

    private static final Pattern SCAN = Pattern.compile("\\bSCAN (contacts|calls|contact_phones|callers|"
            + "do_not_call(?! USING COVERING INDEX))\\b");
    /** The whole list sorted would be read before its first row came out. */
    private static final Pattern SORTED = Pattern.compile("TEMP B-TREE FOR ORDER BY");

    @TempDir
    Path folder;

    @Test
    void everyStatementOfTheListReadsAnIndex() throws Exception {
        try (var base = new TestBase(folder)) {
            base.inTx(tx -> base.services.contacts().addAll(tx, IntStream.range(0, 30).mapToObj(i -> new NewContact(
                    "Company " + i, "Person", List.of("+7 495 100-00-" + (10 + i), "+7 916 100-00-" + (10 + i / 2)),
                    "Москва", "Москва", TestBase.ZONE, CompanySize.SMALL, "Торговля", "test")).toList()));
            var queue = base.queue(QueueFilter.any());
            var list = base.services.doNotCallList();
            var file = Files.writeString(folder.resolve("stop.txt"), "+7 916 100-00-12\n+7 495 100-00-13\n");

            var statements = new ArrayList<Database.Statement>();
            try (var watching = base.services.database().watch(statements::add)) {
                list.add("+7 495 100-00-10");
                list.add("+7 916 100-00-11");
                list.importFile(file);
                list.list("");
                list.list("8 916");
                list.remove("+74951000010");
                list.remove("+79161000011");
                var logged = base.log(base.next(queue), queue, "do_not_call");
                base.inTx(tx -> base.services.callLogger().undo(tx, logged.id(), base.supervisor.id()));
            }
            var problems = new ArrayList<String>();
            try (var plans = DriverManager.getConnection("jdbc:sqlite:" + base.file)) {
                for (var statement : statements.stream().distinct().toList()) {
                    var plan = QueryPlanTest.plan(plans, statement);
                    var sql = statement.sql();
                    if (!sql.contains("do_not_call") && !sql.contains("e164")) {
                        continue; // the round's own statements: QueryPlanTest's
                    }
                    boolean newestFirst = sql.contains("order by do_not_call.rowid desc limit");
                    boolean wholeList = sql.contains("from do_not_call") && !sql.contains("do_not_call.e164 >=");
                    if (plan.stream().anyMatch(line -> SCAN.matcher(line).find()
                            && !(newestFirst && line.equals("SCAN do_not_call")))
                            || wholeList && plan.stream().anyMatch(line -> SORTED.matcher(line).find())) {
                        problems.add(statement.sql() + "\n    " + String.join("\n    ", plan));
                    }
                }
            }
            assertTrue(statements.size() > 20, "the list ran " + statements.size() + " statements");
            assertTrue(problems.isEmpty(), "plans that scan:\n" + String.join("\n", problems));
        }
    }
}
