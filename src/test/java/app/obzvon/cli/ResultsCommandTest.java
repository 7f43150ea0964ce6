package app.obzvon.cli;

import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditFilter;
import app.obzvon.contact.ContactStatus;
import app.obzvon.handoff.StageResultsFixture;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code obzvon results} as a nightly script runs it: a real base, one summary line, an exit code. */
class ResultsCommandTest {

    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return ObzvonCommand.run(() -> TestBase.PIN, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void resultsMoveTheLeadsHandedOverAndPrintOneLine() {
        var fixture = new StageResultsFixture(folder.resolve("base"));
        long alpha = fixture.company("ООО «Альфа»", "+7 495 111-11-11", null);
        long bravo = fixture.company("ООО «Браво»", "+7 495 222-22-22", null);
        fixture.handOver(alpha, bravo);
        long cold = fixture.company("Эхо", "+7 495 555-55-55", null);
        var file = fixture.csv("results.csv", "Компания;Телефон;Статус",
                ";+74951111111;Сделка", ";+74952222222;Отказ", "Эхо;;Клиент", "Зулу;;Клиент");
        var db = fixture.base.file.toString();
        fixture.close();

        int code = run("results", "--as", "Анна", "--db", db, file.toString());

        assertEquals(0, code, err.toString());
        assertEquals("read 4, matched 3, moved 2 (deal 1, deal support 0, client 0, refused 1), unchanged 0, "
                        + "skipped 2 (nothing to match 0, no match 1, ambiguous 0, unknown status 0, "
                        + "not handed over 1, later stage 0)", out.toString().strip());
        try (var services = TestBase.open(fixture.base.file, TestBase.mondayMorning())) {
            services.signIn().signIn(1, TestBase.PIN);
            assertEquals(ContactStatus.DEAL, services.database().inTransaction(tx -> services.contacts().find(tx,
                    alpha)).orElseThrow().state().status());
            assertEquals(ContactStatus.REFUSED, services.database().inTransaction(tx -> services.contacts().find(tx,
                    bravo)).orElseThrow().state().status());
            assertEquals(ContactStatus.NEW, services.database().inTransaction(tx -> services.contacts().find(tx,
                    cold)).orElseThrow().state().status());
            var audited = services.auditLog().find(AuditFilter.ALL).stream()
                    .filter(e -> e.action() == AuditAction.STAGE_RESULTS).toList();
            assertEquals(1, audited.size());
            assertEquals("Анна", audited.get(0).personName());
        }
    }

    @Test
    void aBadFileExitsWithOneLineAndChangesNothing() {
        var fixture = new StageResultsFixture(folder.resolve("bad"));
        long alpha = fixture.company("ООО «Альфа»", "+7 495 111-11-11", null);
        fixture.handOver(alpha);
        var file = fixture.csv("results.csv", "Компания;Телефон", "Альфа;+74951111111");
        var db = fixture.base.file.toString();
        fixture.close();

        assertEquals(1, run("results", "--as", "Анна", "--db", db, file.toString()));
        assertTrue(err.toString().startsWith("obzvon results: No status column"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertEquals(2, run("results", "--as", "Анна", "--db", db), "no file: wrong arguments");
        try (var services = TestBase.open(fixture.base.file, TestBase.mondayMorning())) {
            assertEquals(ContactStatus.HANDED_OVER, services.database().inTransaction(tx -> services.contacts()
                    .find(tx, alpha)).orElseThrow().state().status());
        }
    }
}
