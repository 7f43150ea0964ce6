package app.obzvon.report;

import app.obzvon.call.Undo;
import app.obzvon.call.CallDetails;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.script.Script;
import app.obzvon.script.ScriptVersion;
import app.obzvon.testing.SampleScripts;
import app.obzvon.testing.ScriptCallSeed;
import app.obzvon.testing.TestBase;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures per step on a base whose calls, and so whose right answers, the test chose. */
class ScriptReportsTest {

    static final ScriptReportTexts TEXTS = new ScriptReportTexts(
            List.of("Key", "Step", "Kind", "Reached", "Ended there", "Leads", "Lead share, %"),
            "step", "objection", "Cold call v1");

    @TempDir
    Path folder;
    TestBase base;
    ScriptCallSeed seed;
    ScriptVersion v1;

    @BeforeEach
    void seed() {
        base = new TestBase(folder);
        seed = new ScriptCallSeed(base);
        v1 = seed.version;
    }

    @AfterEach
    void close() {
        base.close();
    }

    private long call(ScriptVersion version, String outcome, CallDetails details, String... steps) {
        return seed.call(version, outcome, details, steps);
    }

    private static StepFigures step(ScriptReport report, String key) {
        return report.steps().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void eachStepCountsTheCallsThatReachedItEndedThereAndBecameLeads() {
        var report = base.services.scriptReports().report(v1.id());

        assertEquals(6, report.calls());
        assertEquals(List.of("greeting", "offer", "agreed", "later", "refused", "email", "supplier"),
                report.steps().stream().map(StepFigures::key).toList(), "script order, objections last");
        assertEquals(new StepFigures("greeting", "Greeting", false, 6, 1, 2), step(report, "greeting"));
        assertEquals(new StepFigures("offer", "Offer", false, 4, 0, 2), step(report, "offer"));
        assertEquals(new StepFigures("agreed", "Agreed", false, 2, 2, 2), step(report, "agreed"));
        assertEquals(new StepFigures("later", "Later", false, 1, 1, 0), step(report, "later"));
        assertEquals(new StepFigures("refused", "Refused", false, 2, 2, 0), step(report, "refused"));
        assertEquals(new StepFigures("email", "Send it by e-mail", true, 1, 0, 1), step(report, "email"));
        assertEquals(new StepFigures("supplier", "We have a supplier", true, 2, 0, 0), step(report, "supplier"));
        assertEquals(1.0 / 3, step(report, "greeting").leadShare(), 1e-9);
        assertEquals(0.5, step(report, "offer").leadShare(), 1e-9);
    }

    @Test
    void theObjectionsMetMostComeFirstAndWhatNoAnswerFitIsListedByHowOftenItWasHeard() {
        var report = base.services.scriptReports().report(v1.id());

        assertEquals(List.of("supplier", "email"), report.objectionsMetMost().stream().map(StepFigures::key).toList());
        assertEquals(List.of(new UnmatchedAnswer("offer", "Only tenders", 2),
                new UnmatchedAnswer("greeting", "Who gave you our number?", 1)), report.unmatched());
    }

    @Test
    void anotherVersionsCallsAndAnUndoneCallDoNotCount() {
        var edited = SampleScripts.coldCall();
        var v2 = base.services.scripts().save(v1.scriptId(),
                new Script("Cold call v2", edited.steps(), edited.objectionsTitle(), edited.objections()));
        call(v2, "qualified_lead", CallDetails.none(), "greeting", "offer", "agreed");
        long undone = call(v1, "qualified_lead", CallDetails.none(), "greeting", "offer", "agreed");
        assertEquals(app.obzvon.call.Undo.UNDONE, base.inTx(tx -> base.services.callLogger().undo(tx, undone,
                base.supervisor.id())));

        var first = base.services.scriptReports().report(v1.id());
        var second = base.services.scriptReports().report(v2.id());

        assertEquals(6, first.calls());
        assertEquals(2, step(first, "agreed").reached());
        assertEquals(1, second.calls());
        assertEquals(new StepFigures("agreed", "Agreed", false, 1, 1, 1), step(second, "agreed"));
        assertEquals(0, step(second, "refused").reached(), "a step no call reached is there with zeros");
        assertTrue(second.unmatched().isEmpty());
    }

    @Test
    void theCsvOpensInExcelWithTheFiguresAndThePerCent() throws IOException {
        var file = folder.resolve("report.csv");
        ScriptReportFiles.save(base.services.scriptReports().report(v1.id()), ExportFormat.CSV, TEXTS, file);

        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFKey;Step;Kind;Reached;Ended there;Leads;Lead share, %", lines.get(0));
        assertEquals("greeting;Greeting;step;6;1;2;33", lines.get(1));
        assertEquals("offer;Offer;step;4;0;2;50", lines.get(2));
        assertEquals("supplier;We have a supplier;objection;2;0;0;0", lines.get(7));
        assertEquals(8, lines.size());
    }

    @Test
    void theXlsxHoldsNumbersAsNumbers() throws IOException {
        var file = folder.resolve("report.xlsx");
        ScriptReportFiles.save(base.services.scriptReports().report(v1.id()), ExportFormat.XLSX, TEXTS, file);

        try (var workbook = new ReadableWorkbook(file.toFile())) {
            var sheet = workbook.getFirstSheet();
            assertEquals("Cold call v1", sheet.getName());
            var rows = sheet.read();
            assertEquals("Lead share, %", rows.get(0).getCellText(6));
            assertEquals("email", rows.get(6).getCellText(0));
            assertEquals("objection", rows.get(6).getCellText(2));
            assertEquals(1, rows.get(6).getCellAsNumber(3).orElseThrow().intValue());
            assertEquals(100, rows.get(6).getCellAsNumber(6).orElseThrow().intValue());
        }
    }

    @Test
    void aFailedSaveLeavesNoFile() {
        var missing = folder.resolve("no such folder").resolve("report.csv");
        var report = base.services.scriptReports().report(v1.id());
        assertThrows(RuntimeException.class, () -> ScriptReportFiles.save(report, ExportFormat.CSV, TEXTS, missing));
        assertFalse(Files.exists(missing));
    }
}
