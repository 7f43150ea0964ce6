package app.obzvon.handoff;

import app.obzvon.access.AccessDeniedException;
import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditFilter;
import app.obzvon.contact.ContactStatus;
import app.obzvon.handoff.StageResultsException.Problem;
import app.obzvon.handoff.StageResultsSummary.Reason;
import app.obzvon.importing.SourceOptions;
import org.dhatim.fastexcel.Workbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static app.obzvon.contact.ContactStatus.CLIENT;
import static app.obzvon.contact.ContactStatus.DEAL;
import static app.obzvon.contact.ContactStatus.DEAL_SUPPORT;
import static app.obzvon.contact.ContactStatus.HANDED_OVER;
import static app.obzvon.contact.ContactStatus.QUALIFIED;
import static app.obzvon.contact.ContactStatus.REFUSED;
import static app.obzvon.persistence.jooq.Tables.AUDIT;
import static app.obzvon.persistence.jooq.Tables.STAGE_RESULTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The next stage's results against a real base: which rows find which company, what moves, what never does. */
class StageResultsTest {

    static final SourceOptions DETECT = SourceOptions.detect();

    @TempDir
    Path folder;
    StageResultsFixture fixture;
    StageResults results;
    DSLContext dsl;
    long alpha;
    long bravo;
    long charlie;

    @BeforeEach
    void open() {
        fixture = new StageResultsFixture(folder);
        results = fixture.base.services.stageResults();
        dsl = fixture.base.services.database().dsl();
        alpha = fixture.company("ООО «Альфа»", "+7 495 111-11-11", null);
        bravo = fixture.company("ООО «Браво»", "+7 495 222-22-22", "7701234567");
        charlie = fixture.company("Charlie Ltd", "+7 495 333-33-33", null);
        fixture.handOver(alpha, bravo, charlie);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void rowsFindTheirCompanyByPhoneThenTaxIdThenNameAndThePreviewChangesNothing() {
        var file = fixture.csv("results.csv",
                "Компания;Телефон;ИНН;Статус",
                "Кто-то другой;8 (495) 111-11-11;;Сделка",   // the phone wins over a name that fits nobody
                ";;7701 234567;Клиент",                      // the tax id, written with a space
                "CHARLIE  LTD;;;Сопровождение сделки");       // the name, in any case

        var preview = results.preview(file, DETECT);

        assertEquals(3, preview.rowsRead());
        assertEquals(3, preview.matched());
        assertEquals(List.of(), preview.skipped());
        assertEquals(Map.of(DEAL, 1, DEAL_SUPPORT, 1, CLIENT, 1, REFUSED, 0), preview.moved());
        assertEquals(List.of(HANDED_OVER, HANDED_OVER, HANDED_OVER),
                List.of(fixture.status(alpha), fixture.status(bravo), fixture.status(charlie)), "a preview writes nothing");
        assertEquals(0, dsl.fetchCount(STAGE_RESULTS));

        var applied = results.apply(file, DETECT);

        assertEquals(preview.changes(), applied.changes());
        assertEquals(DEAL, fixture.status(alpha), "the card shows the next stage's status");
        assertEquals(CLIENT, fixture.status(bravo));
        assertEquals(DEAL_SUPPORT, fixture.status(charlie));
        var kept = dsl.selectFrom(STAGE_RESULTS).orderBy(STAGE_RESULTS.ID).fetch();
        assertEquals(List.of(alpha, bravo, charlie), kept.map(r -> r.getContactId().longValue()));
        assertEquals(List.of("HANDED_OVER"), kept.map(r -> r.getStatusFrom()).stream().distinct().toList());
        assertEquals(List.of("DEAL", "CLIENT", "DEAL_SUPPORT"), kept.map(r -> r.getStatusTo()));
        assertEquals(List.of("results.csv"), kept.map(r -> r.getFileName()).stream().distinct().toList());
        assertEquals(fixture.base.clock.millis(), kept.get(0).getAt());
        assertEquals(fixture.base.supervisor.id(), kept.get(0).getCallerId().longValue());
    }

    @Test
    void applyingWritesOneAuditRowWithTheCount() {
        var file = fixture.csv("итоги.csv", "Phone,Status", "+74951111111,deal", "+74952222222,Deal support",
                "+74953333333,CLIENT");

        results.apply(file, DETECT);

        var audit = fixture.base.services.auditLog().find(AuditFilter.ALL).stream()
                .filter(e -> e.action() == AuditAction.STAGE_RESULTS).toList();
        assertEquals(1, audit.size());
        assertEquals("итоги.csv", audit.get(0).subject());
        assertEquals(3, audit.get(0).count());
        assertEquals("Анна", audit.get(0).personName());
    }

    @Test
    void severalCompaniesThatFitAreAmbiguousUnlessTheRowTellsThemApart() {
        long twinOne = fixture.company("Дельта", "+7 495 444-44-44", "5001000001");
        long twinTwo = fixture.company("дельта", "+7 495 444-44-44", "5001000002");
        fixture.handOver(twinOne, twinTwo);
        var file = fixture.csv("twins.csv",
                "Company;Phone;INN;Stage",
                "Дельта;;;Deal",                               // two companies have the name
                ";+7 495 444-44-44;;Deal",                     // two companies have the number
                ";+7 495 444-44-44;5001000002;Client");        // the tax id picks one of them

        var summary = results.apply(file, DETECT);

        assertEquals(List.of(Reason.AMBIGUOUS, Reason.AMBIGUOUS), reasons(summary));
        assertEquals(List.of(2L, 3L), summary.skipped().stream().map(StageResultsSummary.SkippedRow::row).toList(),
                "rows are numbered as in the file, the header being row 1");
        assertEquals(HANDED_OVER, fixture.status(twinOne));
        assertEquals(CLIENT, fixture.status(twinTwo));
    }

    @Test
    void onlyCompaniesHandedOverMoveAndEveryOtherRowSaysWhyNot() {
        long cold = fixture.company("Эхо", "+7 495 555-55-55", null);
        fixture.qualify(cold);
        var file = fixture.csv("mixed.csv",
                "Организация;Телефон;Этап",
                "Эхо;+7 495 555-55-55;Сделка",
                "Альфа;+7 495 111-11-11;Оплачено",
                "Зулу;+7 495 999-99-99;Клиент",
                ";;Клиент",
                "Браво;+7 495 222-22-22;");

        var summary = results.preview(file, DETECT);

        assertEquals(5, summary.rowsRead());
        assertEquals(1, summary.matched(), "Echo is found, but cannot move");
        assertEquals(List.of(Reason.NOT_HANDED_OVER, Reason.UNKNOWN_STATUS, Reason.NO_MATCH, Reason.NOTHING_TO_MATCH,
                Reason.UNKNOWN_STATUS), reasons(summary));
        assertEquals("Оплачено", summary.skipped().get(1).status());
        assertEquals(List.of(), summary.changes());

        var applied = results.apply(file, DETECT);
        assertEquals(List.of(), applied.changes());
        assertEquals(QUALIFIED, fixture.status(cold), "a cold-stage lead stays the cold stage's");
        assertEquals(0, dsl.fetchCount(AUDIT.where(AUDIT.ACTION.eq(AuditAction.STAGE_RESULTS.key()))),
                "a file that changes nothing leaves no trace");
    }

    @Test
    void aCompanyNeverMovesBackwardsAndRefusedLeavesEverythingElseAsItWas() {
        results.apply(fixture.csv("first.csv", "Телефон;Статус", "+74951111111;Клиент", "+74952222222;Сделка"), DETECT);
        var before = fixture.base.inTx(tx -> fixture.base.services.contacts().find(tx, charlie)).orElseThrow().state();

        var summary = results.apply(fixture.csv("late.csv", "Телефон;Статус",
                "+74951111111;Сделка",      // a client stays a client
                "+74951111111;Отказ",       // even refused: the closing documents were signed
                "+74952222222;Сделка",      // already there
                "+74952222222;Клиент",      // on, and the same company twice is one change
                "+74953333333;Refused"), DETECT);

        assertEquals(List.of(Reason.LATER_STAGE, Reason.LATER_STAGE), reasons(summary));
        assertEquals(1, summary.unchanged());
        assertEquals(CLIENT, fixture.status(alpha));
        assertEquals(CLIENT, fixture.status(bravo));
        assertEquals(REFUSED, fixture.status(charlie));
        var after = fixture.base.inTx(tx -> fixture.base.services.contacts().find(tx, charlie)).orElseThrow().state();
        assertEquals(before.attempts(), after.attempts());
        assertEquals(before.nextCallAt(), after.nextCallAt());
        assertEquals(before.refusalReason(), after.refusalReason());
        var bravoChanges = dsl.selectFrom(STAGE_RESULTS).where(STAGE_RESULTS.CONTACT_ID.eq((int) bravo))
                .orderBy(STAGE_RESULTS.ID).fetch(r -> r.getStatusFrom() + ">" + r.getStatusTo());
        assertEquals(List.of("HANDED_OVER>DEAL", "DEAL>CLIENT"), bravoChanges);

        var back = results.apply(fixture.csv("back.csv", "Телефон;Статус", "+74953333333;Сделка"), DETECT);
        assertEquals(DEAL, fixture.status(charlie), "the next stage may take a refused lead up again");
        assertEquals(1, back.changes().size());
    }

    @Test
    void aBadFileChangesNothingAndSaysWhyInAKey() throws IOException {
        var noStatus = fixture.csv("no-status.csv", "Компания;Телефон", "Альфа;+74951111111");
        var noCompany = fixture.csv("no-company.csv", "Город;Статус", "Москва;Сделка");
        var empty = fixture.csv("empty.csv", "", "");
        var xls = Files.write(folder.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});

        assertProblem(Problem.NO_STATUS_COLUMN, "results.problem.no.status", noStatus);
        assertProblem(Problem.NO_COMPANY_COLUMN, "results.problem.no.company", noCompany);
        assertProblem(Problem.EMPTY_FILE, "results.problem.empty", empty);
        assertProblem(Problem.OLD_EXCEL, "results.problem.old.excel", xls);
        assertProblem(Problem.UNREADABLE, "results.problem.unreadable", folder.resolve("missing.csv"));
        assertEquals(List.of(HANDED_OVER, HANDED_OVER, HANDED_OVER),
                List.of(fixture.status(alpha), fixture.status(bravo), fixture.status(charlie)));
        assertEquals(0, dsl.fetchCount(STAGE_RESULTS));
    }

    private void assertProblem(Problem problem, String key, Path file) {
        var e = assertThrows(StageResultsException.class, () -> results.apply(file, DETECT));
        assertEquals(problem, e.problem());
        assertEquals(key, e.key());
    }

    @org.junit.jupiter.api.Tag("file")
    @Test
    void aFailureHalfwayThroughWritingLeavesEveryCompanyAsItWas() {
        // The second change cannot be recorded: the first must not stay either.
        dsl.execute("CREATE TRIGGER second_fails BEFORE INSERT ON stage_results "
                + "WHEN (SELECT count(*) FROM stage_results) >= 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        var file = fixture.csv("two.csv", "Телефон;Статус", "+74951111111;Сделка", "+74952222222;Клиент");

        var failure = assertThrows(RuntimeException.class, () -> results.apply(file, DETECT));

        assertTrue(app.obzvon.common.Errors.message(failure).contains("disk full"), failure.toString());

        assertEquals(HANDED_OVER, fixture.status(alpha));
        assertEquals(HANDED_OVER, fixture.status(bravo));
        assertEquals(0, dsl.fetchCount(STAGE_RESULTS));
        assertEquals(0, dsl.fetchCount(AUDIT.where(AUDIT.ACTION.eq(AuditAction.STAGE_RESULTS.key()))));
    }

    @Test
    void readsWindows1251WithCommasAndXlsx() throws IOException {
        var cp1251 = fixture.file("1251.csv", Charset.forName("windows-1251"),
                "Компания,Статус", "ооо «альфа»,Сделка");
        assertEquals(DEAL, results.apply(cp1251, DETECT).changes().get(0).to());
        assertEquals(DEAL, fixture.status(alpha));

        var xlsx = folder.resolve("results.xlsx");
        try (var out = Files.newOutputStream(xlsx)) {
            var workbook = new Workbook(out, "test", "1.0");
            var sheet = workbook.newWorksheet("Итоги");
            sheet.value(0, 0, "ИНН");
            sheet.value(0, 1, "Статус");
            sheet.value(1, 0, 7701234567L); // a number cell, as Excel keeps a tax id typed in
            sheet.value(1, 1, "Клиент");
            workbook.finish();
        }
        results.apply(xlsx, DETECT);
        assertEquals(CLIENT, fixture.status(bravo));
    }

    @Test
    void aMovedCompanyIsNeverGivenToACallerAgain() {
        results.apply(fixture.csv("r.csv", "Телефон;Статус", "+74951111111;Отказ"), DETECT);
        fixture.base.clock.advance(java.time.Duration.ofDays(200));
        var queue = fixture.base.queue(app.obzvon.queue.QueueFilter.any());
        assertTrue(fixture.base.inTx(tx -> fixture.base.services.dispenser().next(tx, queue,
                fixture.base.supervisor.id())).isEmpty());
    }

    @Test
    void aCallerMayNotApplyResults() {
        var caller = fixture.base.addCaller("Борис", "1357");
        fixture.base.services.signIn().signIn(caller.id(), "1357");
        var file = fixture.csv("r.csv", "Телефон;Статус", "+74951111111;Клиент");
        assertThrows(AccessDeniedException.class, () -> results.apply(file, DETECT));
        assertEquals(HANDED_OVER, fixture.status(alpha));
    }

    private static List<Reason> reasons(StageResultsSummary summary) {
        return summary.skipped().stream().map(StageResultsSummary.SkippedRow::reason).toList();
    }

}
