package app.obzvon.importing;

import app.obzvon.importing.ImportException.Problem;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static app.obzvon.importing.ImportFixture.lines;
import static app.obzvon.importing.ImportFixture.row;
import static app.obzvon.importing.ImportFixture.sha256;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_FIELDS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Awkward files as bases arrive: each gives a clear result or a clear one-line error, the file is
 * never changed, and a refused file leaves the base exactly as it was.
 */
class ImportCorpusTest {

    private static final String[] ROWS = {
            "ООО «Альфа»", "Иванов Иван", "8 (495) 111-22-33", "Москва",
            "ИП Петров", "Петров Пётр", "+7 383 222-33-44", "Новосибирск",
            "АО «Вега»", "", "8-912-345-67-89", "Екатеринбург"};

    @TempDir
    Path folder;
    ImportFixture f;

    @BeforeEach
    void open() {
        f = new ImportFixture(folder);
        f.base.addCompanies("Уже в базе");
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** The standard three companies, with the given delimiter. */
    private static String table(char delimiter) {
        var text = new StringBuilder(String.join(String.valueOf(delimiter), "Компания", "Контактное лицо", "Телефон", "Город"));
        for (int i = 0; i < ROWS.length; i += 4) {
            text.append("\r\n").append(String.join(String.valueOf(delimiter), ROWS[i], ROWS[i + 1], ROWS[i + 2], ROWS[i + 3]));
        }
        return text.append("\r\n").toString();
    }

    /** Imports the file as detected and guessed; the file stays byte for byte as it was. */
    private ImportResult imported(Path file) {
        String hash = sha256(file);
        var result = f.importGuessed(file);
        assertEquals(hash, sha256(file), "the source file changed");
        return result;
    }

    /** The import is refused with a one-line message; the base and the file stay as they were. */
    private ImportException refused(Path file, Problem problem) {
        String hash = file.toFile().exists() ? sha256(file) : null;
        String before = f.snapshot();
        var e = assertThrows(ImportException.class, () -> f.importGuessed(file));
        assertEquals(problem, e.problem(), e.getMessage());
        assertFalse(e.getMessage().isBlank() || e.getMessage().contains("\n"), e.getMessage());
        assertEquals(before, f.snapshot());
        if (hash != null) {
            assertEquals(hash, sha256(file));
        }
        return e;
    }

    /** Nothing to import: the result says why, and nothing is written at all. */
    private ImportResult nothingImported(Path file) {
        String before = f.snapshot();
        var result = imported(file);
        assertNull(result.importId());
        assertEquals(0, result.imported());
        assertEquals(before, f.snapshot());
        return result;
    }

    private List<String> companies() {
        return f.dsl().select(CONTACTS.COMPANY).from(CONTACTS).where(CONTACTS.IMPORT_ID.isNotNull())
                .orderBy(CONTACTS.ID).fetch(CONTACTS.COMPANY);
    }

    private List<Record> extras() {
        return List.copyOf(f.dsl().selectFrom(CONTACT_FIELDS).orderBy(CONTACT_FIELDS.CONTACT_ID,
                CONTACT_FIELDS.POSITION).fetch());
    }

    private void importsTheThreeCompanies(Path file, Charset encoding, char delimiter) {
        var preview = f.importer.preview(file, SourceOptions.detect());
        assertEquals(encoding, preview.encoding());
        assertEquals(delimiter, preview.delimiter());
        assertTrue(preview.hasHeader());
        assertEquals(List.of(), f.importer.sheets(file));
        assertEquals(List.of("Компания", "Контактное лицо", "Телефон", "Город"), preview.columns());
        assertEquals(3, imported(file).imported());
        assertEquals(List.of("ООО «Альфа»", "ИП Петров", "АО «Вега»"), companies());
    }

    @Test
    void utf8WithoutBom() {
        importsTheThreeCompanies(f.text("utf8.csv", UTF_8, table(';')), UTF_8, ';');
    }

    @Test
    void utf8WithBomAndCommas() {
        importsTheThreeCompanies(f.withBom("utf8-bom.csv", UTF_8, table(',')), UTF_8, ',');
    }

    @Test
    void windows1251() {
        importsTheThreeCompanies(f.text("cp1251.csv", ImportFixture.WINDOWS_1251, table(';')),
                ImportFixture.WINDOWS_1251, ';');
    }

    /**
     * KOI8-R and CP866 have no « »: their programs quote names with ", doubled inside a quoted
     * cell. The preview reads the names, and the file goes in as the three companies.
     */
    private void importsQuotedNames(Path file, Charset encoding, char delimiter) {
        var preview = f.importer.preview(file, SourceOptions.detect());
        assertEquals(encoding, preview.encoding());
        assertEquals(delimiter, preview.delimiter());
        assertEquals(List.of("Компания", "Контактное лицо", "Телефон", "Город"), preview.columns());
        assertEquals(List.of("ООО \"Альфа\"", "Иванов Иван", "8 (495) 111-22-33", "Москва"), preview.rows().get(0));
        assertEquals(3, imported(file).imported());
        assertEquals(List.of("ООО \"Альфа\"", "ИП Петров", "АО Вега"), companies());
    }

    private static String quotedNames(char delimiter) {
        return lines("Компания;Контактное лицо;Телефон;Город",
                "\"ООО \"\"Альфа\"\"\";Иванов Иван;8 (495) 111-22-33;Москва",
                "ИП Петров;Петров Пётр;+7 383 222-33-44;Новосибирск",
                "АО Вега;;8-912-345-67-89;Екатеринбург").replace(';', delimiter);
    }

    @Test
    void koi8r() {
        importsQuotedNames(f.text("koi8r.csv", ImportFixture.KOI8_R, quotedNames(';')), ImportFixture.KOI8_R, ';');
    }

    @Test
    void cp866WithTabs() {
        importsQuotedNames(f.text("cp866.csv", ImportFixture.CP866, quotedNames('\t')), ImportFixture.CP866, '\t');
    }

    /** The detected code page is only a guess: one chosen instead reads the file through it. */
    @Test
    void aChosenEncodingOverridesTheGuess() {
        var file = f.text("koi8r-chosen.csv", ImportFixture.KOI8_R, quotedNames(';'));
        var chosen = f.importer.preview(file, new SourceOptions(ImportFixture.WINDOWS_1251, null, null, null, null));
        assertEquals(ImportFixture.WINDOWS_1251, chosen.encoding());
        assertFalse(chosen.columns().contains("Компания"), chosen.columns().toString());
        var guessed = f.importer.preview(file, SourceOptions.detect());
        assertEquals(ImportFixture.KOI8_R, guessed.encoding());
        assertEquals("Компания", guessed.columns().get(0));
    }

    @Test
    void utf16LittleEndianWithBomAndTabs() {
        importsTheThreeCompanies(f.withBom("utf16le.csv", UTF_16LE, table('\t')), UTF_16LE, '\t');
    }

    @Test
    void utf16BigEndianWithBomAndPipes() {
        importsTheThreeCompanies(f.withBom("utf16be.csv", UTF_16BE, table('|')), UTF_16BE, '|');
    }

    @Test
    void utf16WithoutBom() {
        importsTheThreeCompanies(f.text("utf16le-nobom.csv", UTF_16LE, table(';')), UTF_16LE, ';');
    }

    @Test
    void utf16BigEndianWithoutBom() {
        importsTheThreeCompanies(f.text("utf16be-nobom.csv", UTF_16BE, table(',')), UTF_16BE, ',');
    }

    @Test
    void commasInsideQuotedNames() {
        var file = f.text("commas.csv", UTF_8, lines(
                "Company,Contact person,Phone,City",
                "\"Alpha, Inc.\",\"Smith, John\",+7 495 111-22-33,Moscow",
                "\"Beta, LLC\",,+7 383 222-33-44,Novosibirsk"));
        assertEquals(',', f.importer.preview(file, SourceOptions.detect()).delimiter());
        assertEquals(2, imported(file).imported());
        assertEquals(List.of("Alpha, Inc.", "Beta, LLC"), companies());
    }

    @Test
    void lineBreaksInsideQuotedCells() {
        var file = f.text("breaks.csv", UTF_8, lines(
                "Компания;Телефон;Комментарий",
                "ООО «Альфа»;8 495 111-22-33;\"первая строка",
                "вторая строка\"",
                "ООО «Бета»;\"8 495 222-33-44",
                "8 916 333-44-55\";"));
        var result = imported(file);
        assertEquals(2, result.imported());
        assertEquals("первая строка\r\nвторая строка", extras().get(0).get(CONTACT_FIELDS.VALUE));
        assertEquals(3, f.dsl().fetchCount(CONTACT_PHONES) - 1);
    }

    /**
     * A CR alone inside quotes (old Mac line breaks pasted into a cell) in a file of LF lines:
     * FastCSV 3 merged the next row into the cell, "read 2, imported 2" for three rows. Many such
     * rows cross the reader's buffer too.
     */
    @Test
    void aBareCarriageReturnInsideQuotesKeepsEveryRow() {
        var text = new StringBuilder("Компания;Телефон;Комментарий\n")
                .append("\"ООО\rАльфа\";8 495 111-22-33;первый\n")
                .append("ООО «Бета»;8 495 222-33-44;\"строка\rещё\"\n")
                .append("ООО «Гамма»;8 495 333-44-55;\"в конце\r\"\n");
        for (int i = 0; i < 3_000; i++) {
            text.append("Компания ").append(i).append(";8 916 ").append(1_000_000 + i).append(";\"а\rб\"\n");
        }
        var result = imported(f.text("bare-cr.csv", UTF_8, text.toString()));
        assertEquals(3_003, result.summary().rowsRead());
        assertEquals(3_003, result.imported());
        assertEquals(0, result.summary().rejected());
        assertEquals(List.of("ООО\rАльфа", "ООО «Бета»", "ООО «Гамма»", "Компания 0"), companies().subList(0, 4));
        // The CR at the end of a cell goes with the other white space around it.
        assertEquals(List.of("первый", "строка\rещё", "в конце", "а\rб"),
                extras().subList(0, 4).stream().map(r -> r.get(CONTACT_FIELDS.VALUE)).toList());
    }

    /**
     * A cell longer than its field keeps is never cut without a word: its row is rejected with the
     * field named, and a cell just at the limit goes in whole.
     */
    @Test
    void overLongCellsRejectTheirRows() {
        String atLimit = "ООО " + "д".repeat(496);
        var file = f.text("over-long.csv", UTF_8, lines(
                "Компания;Контактное лицо;Телефон;Город;ИНН;E-mail;Сайт",
                "ООО " + "я".repeat(100_000) + ";;8 495 111-22-33;;;;",
                "ООО «Бета»;" + "Иван".repeat(76) + ";8 495 222-33-44;;;;",
                "ООО «Гамма»;;8 495 333-44-55;" + "Москва".repeat(34) + ";;;",
                "ООО «Дельта»;;8 495 444-55-66;;770123456789012345678;;",
                "ООО «Эпсилон»;;8 495 555-66-77;;;" + "a".repeat(293) + "@mail.ru;",
                "ООО «Зета»;;8 495 666-77-88;;;;www." + "z".repeat(300) + ".ru",
                atLimit + ";" + "П".repeat(300) + ";8 495 777-88-99;" + "Г".repeat(200) + ";77012345678901234567;"
                        + "b".repeat(292) + "@mail.ru;" + "w".repeat(300),
                "ООО «Ок»;;8 495 888-99-00;Москва;;;"));
        var result = imported(file);
        var summary = result.summary();
        assertEquals(8, summary.rowsRead());
        assertEquals(2, result.imported());
        assertEquals(6, summary.rejected());
        assertEquals(Map.of(RejectReason.COMPANY_TOO_LONG, 1, RejectReason.PERSON_TOO_LONG, 1,
                RejectReason.CITY_TOO_LONG, 1, RejectReason.TAX_ID_TOO_LONG, 1, RejectReason.EMAIL_TOO_LONG, 1,
                RejectReason.WEBSITE_TOO_LONG, 1), summary.reasons());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), summary.firstRejected().stream().map(RejectedRow::row).toList());
        assertEquals(List.of(atLimit, "ООО «Ок»"), companies(), "nothing cut: the long rows are not in the base");
    }

    @Test
    void quotesInsideCells() {
        var file = f.text("quotes.csv", UTF_8, lines(
                "Компания;Телефон",
                "\"ООО \"\"Ромашка\"\"\";8 495 111-22-33",
                "Магазин \"У дома\";8 495 222-33-44"));
        assertEquals(2, imported(file).imported());
        assertEquals(List.of("ООО \"Ромашка\"", "Магазин \"У дома\""), companies());
    }

    @Test
    void emptyCellsStayEmptyAndThePersonStandsInForTheCompany() {
        var file = f.text("empty-cells.csv", UTF_8, lines(
                "Компания;Контактное лицо;Телефон;Город;Регион",
                ";Сидоров Сидор;8 495 111-22-33;;",
                "ООО «Альфа»;;8 495 222-33-44;Москва;"));
        assertEquals(2, imported(file).imported());
        var first = f.dsl().selectFrom(CONTACTS).where(CONTACTS.IMPORT_ID.isNotNull()).orderBy(CONTACTS.ID)
                .fetch().get(0);
        assertEquals("Сидоров Сидор", first.getCompany());
        assertNull(first.getCity());
        assertNull(first.getRegion());
        assertTrue(extras().isEmpty());
    }

    @Test
    void aHugeCell() {
        String huge = "ж".repeat(1_000_000);
        var file = f.text("huge.csv", UTF_8, lines("Компания;Телефон;Комментарий",
                "ООО «Альфа»;8 495 111-22-33;\"" + huge + "\"", "ООО «Бета»;8 495 222-33-44;коротко"));
        assertEquals(2, imported(file).imported());
        assertEquals(huge, extras().get(0).get(CONTACT_FIELDS.VALUE));
    }

    @Test
    void noHeaderRowGuessesPhonesAndCompanyByContent() {
        var file = f.text("no-header.csv", UTF_8, lines(
                "Москва;ООО «Альфа»;8 495 111-22-33",
                "Новосибирск;ИП Петров;+7 383 222-33-44"));
        var preview = f.importer.preview(file, SourceOptions.detect());
        assertFalse(preview.hasHeader());
        assertEquals(List.of("Column 1", "Column 2", "Column 3"), preview.columns());
        assertEquals(Map.of(1, Field.COMPANY, 2, Field.PHONE), preview.mapping().columns());
        assertEquals(2, imported(file).imported());
        assertEquals(List.of("ООО «Альфа»", "ИП Петров"), companies());
        assertEquals("Column 1", extras().get(0).get(CONTACT_FIELDS.NAME));
    }

    @Test
    void duplicateHeaders() {
        var file = f.text("duplicate-headers.csv", UTF_8, lines(
                "Компания;Телефон;Телефон;Комментарий;Комментарий",
                "ООО «Альфа»;8 495 111-22-33;8 916 222-33-44;первый;второй"));
        assertEquals(1, imported(file).imported());
        assertEquals(3, f.dsl().fetchCount(CONTACT_PHONES));
        assertEquals(List.of("Комментарий", "Комментарий"), extras().stream().map(r -> r.get(CONTACT_FIELDS.NAME)).toList());
        assertEquals(List.of("первый", "второй"), extras().stream().map(r -> r.get(CONTACT_FIELDS.VALUE)).toList());
    }

    @Test
    void aPhoneColumnOfTextRejectsEveryRow() {
        var file = f.text("text-phones.csv", UTF_8, lines(
                "Компания;Телефон",
                "ООО «Альфа»;звонить вечером",
                "ООО «Бета»;нет"));
        var summary = nothingImported(file).summary();
        assertEquals(2, summary.count(RejectReason.INVALID_PHONE));
    }

    @Test
    void severalNumbersWithExtensionsInOneCell() {
        var file = f.text("several.csv", UTF_8, lines(
                "Компания;Телефон",
                "ООО «Альфа»;\"8 (495) 111-22-33 доб. 123, +7 916 222-33-44; 8-800-555-35-35 или 8 343 333-44-55 ext 7\""));
        assertEquals(1, imported(file).imported());
        var phones = f.dsl().selectFrom(CONTACT_PHONES).where(CONTACT_PHONES.E164.ne("+74951234567"))
                .orderBy(CONTACT_PHONES.POSITION).fetch();
        assertEquals(List.of("+74951112233", "+79162223344", "+78005553535", "+73433334455"),
                phones.map(r -> r.getE164()));
        assertEquals("123", phones.get(0).getExtension());
        assertEquals("7", phones.get(3).getExtension());
        assertEquals("8 (495) 111-22-33 доб. 123", phones.get(0).getNumber());
    }

    @Test
    void tollFreeNumbersHaveNoTimeZone() {
        var file = f.text("8800.csv", UTF_8, lines("Компания;Телефон", "ООО «Альфа»;8-800-555-35-35"));
        assertEquals(1, imported(file).imported());
        var contact = f.dsl().selectFrom(CONTACTS).where(CONTACTS.IMPORT_ID.isNotNull()).fetchSingle();
        assertNull(contact.getTimeZone());
        assertEquals("+78005553535", f.dsl().select(CONTACT_PHONES.E164).from(CONTACT_PHONES)
                .where(CONTACT_PHONES.CONTACT_ID.eq(contact.getId())).fetchSingle().value1());
    }

    @Test
    void aBrokenWorkbook() {
        byte[] garbage = new byte[5000];
        new Random(1).nextBytes(garbage);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, garbage, 0, 4);
        var e = refused(f.bytes("broken.xlsx", garbage), Problem.DAMAGED_XLSX);
        assertTrue(e.getMessage().startsWith("The XLSX file is damaged: "), e.getMessage());
    }

    @Test
    void aZipThatIsNoWorkbook() throws Exception {
        var zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(UTF_8));
        }
        refused(f.bytes("notes.xlsx", zip.toByteArray()), Problem.DAMAGED_XLSX);
    }

    @Test
    void aWorkbookWithTwoSheets() {
        var sheets = new LinkedHashMap<String, List<List<Object>>>();
        sheets.put("Лист1", List.of(row("Заметки"), row("ничего важного")));
        sheets.put("Клиенты", List.of(row("Наименование", "Телефон", "ИНН"),
                row("ООО «Альфа»", 79161112233L, "7701234567"),
                row("ООО «Бета»", "8 495 222-33-44", null)));
        var file = f.xlsx("two-sheets.xlsx", sheets);
        assertEquals(List.of("Лист1", "Клиенты"), f.importer.sheets(file));
        var options = new SourceOptions(null, null, "Клиенты", null, null);
        var preview = f.importer.preview(file, options);
        assertEquals(FileFormat.XLSX, preview.format());
        assertEquals("Клиенты", preview.sheet());
        assertEquals(List.of(List.of("ООО «Альфа»", "79161112233", "7701234567"), List.of("ООО «Бета»", "8 495 222-33-44", "")),
                preview.rows());
        String hash = sha256(file);
        var result = f.importer.importFile(file, options, preview.mapping(), QueueTarget.none(), Progress.NONE);
        assertEquals(hash, sha256(file));
        assertEquals(2, result.imported());
        assertEquals(List.of("ООО «Альфа»", "ООО «Бета»"), companies());
        assertEquals("7701234567", f.dsl().select(CONTACTS.TAX_ID).from(CONTACTS)
                .where(CONTACTS.COMPANY.eq("ООО «Альфа»")).fetchSingle().value1());
    }

    @Test
    void theFirstSheetUnlessAnotherIsChosen() {
        var sheets = new LinkedHashMap<String, List<List<Object>>>();
        sheets.put("База", List.of(row("Компания", "Телефон"), row("ООО «Альфа»", "8 495 111-22-33")));
        sheets.put("Архив", List.of(row("Компания", "Телефон"), row("ООО «Старое»", "8 495 999-88-77")));
        var file = f.xlsx("first-sheet.xlsx", sheets);
        assertEquals(1, imported(file).imported());
        assertEquals(List.of("ООО «Альфа»"), companies());
    }

    @Test
    void aSheetThatIsNotThere() {
        var file = f.xlsx("one-sheet.xlsx", Map.of("Лист1", List.of(row("Компания", "Телефон"))));
        var e = assertThrows(ImportException.class,
                () -> f.importer.preview(file, new SourceOptions(null, null, "Клиенты", null, null)));
        assertEquals(Problem.NO_SUCH_SHEET, e.problem());
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[20_000];
        new Random(7).nextBytes(garbage);
        var e = refused(f.bytes("garbage.csv", garbage), Problem.NOT_A_TABLE);
        assertEquals("Not a CSV or XLSX file", e.getMessage());
    }

    @Test
    void anOldExcelFile() {
        byte[] xls = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, xls, 0, 8);
        refused(f.bytes("old.xls", xls), Problem.OLD_EXCEL);
    }

    @Test
    void anEmptyFile() {
        var e = refused(f.bytes("empty.csv", new byte[0]), Problem.EMPTY_FILE);
        assertEquals("The file is empty", e.getMessage());
    }

    @Test
    void aByteOrderMarkAndBlankLinesOnly() {
        refused(f.withBom("bom-only.csv", UTF_8, "\r\n\r\n"), Problem.EMPTY_FILE);
    }

    @Test
    void aFileThatIsNotThere() {
        var e = refused(folder.resolve("missing.csv"), Problem.UNREADABLE);
        assertTrue(e.getMessage().startsWith("The file does not exist: "), e.getMessage());
    }

    @Test
    void aHeaderWithoutRows() {
        var summary = nothingImported(f.text("header-only.csv", UTF_8, lines("Компания;Телефон;Город"))).summary();
        assertEquals(0, summary.rowsRead());
    }

    @Test
    void onlyRejectedRows() {
        var file = f.text("rejects.csv", UTF_8, lines(
                "Компания;Контактное лицо;Телефон",
                "ООО «Альфа»;;",
                "ООО «Бета»;;123",
                ";;8 495 333-44-55",
                "Уже в базе;;+7 (495) 123-45-67"));
        var summary = nothingImported(file).summary();
        assertEquals(4, summary.rowsRead());
        assertEquals(Map.of(RejectReason.NO_PHONE, 1, RejectReason.INVALID_PHONE, 1, RejectReason.NO_COMPANY, 1,
                RejectReason.DUPLICATE_IN_BASE, 1), summary.reasons());
        assertEquals(List.of(2L, 3L, 4L, 5L), summary.firstRejected().stream().map(RejectedRow::row).toList());
        assertEquals(List.of("ООО «Бета»", "", "123"), summary.firstRejected().get(1).cells());
    }

    @Test
    void blankRowsAreSkippedAndNotCounted() {
        var file = f.text("blank-rows.csv", UTF_8, lines(
                "", "Компания;Телефон", ";", "ООО «Альфа»;8 495 111-22-33", "", " ; ", "ООО «Бета»;8 495 222-33-44", ";;;"));
        var result = imported(file);
        assertEquals(2, result.imported());
        assertEquals(2, result.summary().rowsRead());
    }

    @Test
    void raggedRowsKeepTheirExtraCells() {
        var file = f.text("ragged.csv", UTF_8, lines(
                "Компания;Телефон;Город",
                "ООО «Альфа»;8 495 111-22-33",
                "ООО «Бета»;8 495 222-33-44;Москва;лишняя ячейка"));
        assertEquals(2, imported(file).imported());
        assertEquals(List.of("Column 4"), extras().stream().map(r -> r.get(CONTACT_FIELDS.NAME)).toList());
    }

    @Test
    void aStrayQuoteInsideACellIsText() {
        var file = f.text("stray-quote.csv", UTF_8, lines(
                "Компания;Телефон", "Кафе 5\" у дома;8 495 111-22-33", "ООО «Бета»;8 495 222-33-44"));
        assertEquals(2, imported(file).imported());
        assertEquals("Кафе 5\" у дома", companies().get(0));
    }

    @Test
    void englishHeadersWithATrailingDelimiter() {
        var file = f.text("english.csv", UTF_8, lines(
                "Name;Contact;Mobile;City;Industry;Size;",
                "Alpha LLC;John Smith;+7 916 111-22-33;Moscow;Retail;small;",
                "Beta Ltd;;+7 383 222-33-44;Novosibirsk;Trade;huge;"));
        var preview = f.importer.preview(file, SourceOptions.detect());
        assertEquals(Map.of(0, Field.COMPANY, 1, Field.PERSON, 2, Field.PHONE, 3, Field.CITY, 4, Field.CATEGORY,
                5, Field.SIZE), preview.mapping().columns());
        assertEquals(2, imported(file).imported());
        assertEquals(List.of("SMALL", "UNKNOWN"), f.dsl().select(CONTACTS.SIZE).from(CONTACTS)
                .where(CONTACTS.IMPORT_ID.isNotNull()).orderBy(CONTACTS.ID).fetch(CONTACTS.SIZE));
        assertEquals("huge", extras().get(0).get(CONTACT_FIELDS.VALUE), "a size no word names is kept as written");
    }

    @Test
    void aLongUtf8FileIsNotTakenForWindows1251() {
        var text = new StringBuilder("Компания;Телефон\r\n");
        for (int i = 0; text.length() < 100_000; i++) {
            text.append("ООО «Ёлочка-").append(i).append("»;8 495 ").append(1_000_000 + i).append("\r\n");
        }
        var file = f.text("long-utf8.csv", UTF_8, text.toString());
        assertEquals(UTF_8, f.importer.preview(file, SourceOptions.detect()).encoding());
        assertTrue(imported(file).imported() > 2_000);
        assertEquals("ООО «Ёлочка-0»", companies().get(0));
    }
}
