package app.obzvon.importing;

import app.obzvon.importing.ImportException.Problem;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static app.obzvon.importing.ImportFixture.lines;
import static app.obzvon.importing.ImportFixture.sha256;
import static app.obzvon.persistence.jooq.Tables.CALL_QUEUES;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.IMPORTS;
import static app.obzvon.persistence.jooq.Tables.QUEUE_MEMBERS;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {

    /** Reasons in Russian, as a Russian window would give them. */
    private static final Function<RejectReason, String> RUSSIAN = reason -> switch (reason) {
        case NO_PHONE -> "нет телефона";
        case INVALID_PHONE -> "неверный номер";
        case NO_COMPANY -> "нет компании";
        case DUPLICATE_IN_FILE -> "повтор в файле";
        case DUPLICATE_IN_BASE -> "уже в базе";
        case DO_NOT_CALL -> "не звонить";
        default -> "слишком длинное поле " + reason.tooLongField();
    };

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

    private Mapping guessed(Path file) {
        return f.importer.preview(file, SourceOptions.detect()).mapping();
    }

    private ImportResult importInto(Path file, QueueTarget target) {
        return f.importer.importFile(file, SourceOptions.detect(), guessed(file), target, Progress.NONE);
    }

    private List<String> importedCompanies() {
        return f.dsl().select(CONTACTS.COMPANY).from(CONTACTS).where(CONTACTS.IMPORT_ID.isNotNull())
                .orderBy(CONTACTS.ID).fetch(CONTACTS.COMPANY);
    }

    /** Many rows, so that a pass takes many batches. */
    private Path manyRows(String name, int rows) {
        var text = new StringBuilder("Компания;Телефон\r\n");
        for (int i = 0; i < rows; i++) {
            text.append("ООО «Компания ").append(i).append("»;8 916 ").append(1_000_000 + i).append("\r\n");
        }
        return f.text(name, UTF_8, text.toString());
    }

    @Test
    void duplicatesInTheFileAndInTheBase() {
        // A number stored before numbers were kept in E.164: read when the base's numbers are loaded.
        int legacy = f.dsl().insertInto(CONTACTS).set(CONTACTS.COMPANY, "Старый клиент")
                .set(CONTACTS.CREATED_AT, 0L).returningResult(CONTACTS.ID).fetchSingle().value1();
        f.dsl().insertInto(CONTACT_PHONES).set(CONTACT_PHONES.CONTACT_ID, legacy).set(CONTACT_PHONES.POSITION, 0)
                .set(CONTACT_PHONES.NUMBER, "8 (383) 212-34-56").execute();
        var file = f.text("duplicates.csv", UTF_8, lines(
                "Компания;Телефон",
                "Альфа;8 495 123 45 67",
                "Бета;+7 383 212-34-56",
                "Гамма;8 916 111-22-33",
                "Гамма снова;+7 (916) 111-22-33",
                "Дельта;\"8 916 111-22-33, 8 916 444-55-66\"",
                "Эпсилон;\"8 916 444-55-66; 8 495 123-45-67\""));

        var summary = importInto(file, QueueTarget.none()).summary();

        assertEquals(6, summary.rowsRead());
        assertEquals(2, summary.toImport());
        assertEquals(1, summary.duplicatesInFile());
        assertEquals(3, summary.duplicatesInBase());
        assertEquals(0, summary.rejected());
        assertEquals(List.of("Гамма", "Дельта"), importedCompanies());
        assertEquals(List.of(2L, 3L, 5L, 7L), summary.firstRejected().stream().map(RejectedRow::row).toList());
        assertEquals(2, f.dsl().fetchCount(CONTACT_PHONES, CONTACT_PHONES.E164.eq("+79161112233")),
                "a row with one new number is imported with all its numbers");
    }

    @Test
    void numbersAreStoredInE164WithTheirExtensionAndTimeZone() {
        var file = f.text("zones.csv", UTF_8, lines(
                "Компания;Телефон",
                "Альфа;8 (495) 111-22-33 доб. 12",
                "Бета;+7 383 222-33-44",
                "Гамма;\"8-800-555-35-35, 8 (3812) 12-34-56\""));

        importInto(file, QueueTarget.none());

        var phones = f.dsl().selectFrom(CONTACT_PHONES).where(CONTACT_PHONES.E164.ne("+74951234567"))
                .orderBy(CONTACT_PHONES.ID).fetch();
        assertEquals(List.of("+74951112233", "+73832223344", "+78005553535", "+73812123456"),
                phones.map(p -> p.getE164()));
        assertEquals("12", phones.get(0).getExtension());
        assertNull(phones.get(1).getExtension());
        assertEquals(List.of("Europe/Moscow", "Asia/Novosibirsk", "", "Asia/Omsk"),
                phones.map(p -> p.getTimeZone() == null ? "" : p.getTimeZone()));
        assertEquals(List.of("Europe/Moscow", "Asia/Novosibirsk", "Asia/Omsk"),
                f.dsl().select(CONTACTS.TIME_ZONE).from(CONTACTS).where(CONTACTS.IMPORT_ID.isNotNull())
                        .orderBy(CONTACTS.ID).fetch(CONTACTS.TIME_ZONE),
                "the contact's zone is its first number's that has one");
    }

    @Test
    void theImportIsRecordedWithItsCountsAndTheFileAsSource() {
        var file = f.text("база-март.csv", UTF_8, lines(
                "Компания;Телефон;Источник",
                "Альфа;8 495 111-22-33;",
                "Бета;8 495 222-33-44;Выставка",
                "Гамма;нет;",
                "Альфа;8 495 111-22-33;"));

        var result = importInto(file, QueueTarget.none());

        var record = f.dsl().selectFrom(IMPORTS).fetchSingle();
        assertEquals(result.importId().intValue(), record.getId());
        assertEquals("база-март.csv", record.getFileName());
        assertEquals(f.base.clock.millis(), record.getStartedAt());
        assertEquals(1, record.getCallerId());
        assertEquals(List.of(4, 2, 1, 0, 1), List.of(record.getRowsRead(), record.getImported(),
                record.getDuplicatesInFile(), record.getDuplicatesInBase(), record.getRejected()));
        assertEquals(List.of("база-март.csv", "Выставка"), f.dsl().select(CONTACTS.SOURCE).from(CONTACTS)
                .where(CONTACTS.IMPORT_ID.eq(record.getId())).orderBy(CONTACTS.ID).fetch(CONTACTS.SOURCE));
        assertEquals(2, result.imported());
    }

    @Test
    void analyzeWritesNothingAndCountsWhatTheImportDoes() {
        var file = f.text("analyze.csv", UTF_8, lines(
                "Компания;Телефон",
                "Альфа;8 495 111-22-33",
                "Альфа;8 495 111-22-33",
                "Бета;8 495 123-45-67",
                "Гамма;123"));
        String before = f.snapshot();

        var analyzed = f.importer.analyze(file, SourceOptions.detect(), guessed(file), Progress.NONE);

        assertEquals(before, f.snapshot());
        var imported = importInto(file, QueueTarget.none()).summary();
        assertEquals(analyzed, imported);
        assertEquals(4, analyzed.rowsRead());
        assertEquals(Map.of(RejectReason.DUPLICATE_IN_FILE, 1, RejectReason.DUPLICATE_IN_BASE, 1,
                RejectReason.INVALID_PHONE, 1), analyzed.reasons());
    }

    @Test
    void cancellingLeavesTheBaseAndTheFileAsTheyWere() {
        var file = manyRows("cancel.csv", 20_000);
        String hash = sha256(file);
        String before = f.snapshot();
        var cancelAfterFirstBatch = new Progress() {
            boolean cancel;

            @Override
            public void update(double fraction) {
                cancel = true;
            }

            @Override
            public boolean cancelled() {
                return cancel;
            }
        };

        assertThrows(CancelledException.class, () -> f.importer.importFile(file, SourceOptions.detect(),
                guessed(file), QueueTarget.newQueue("Отменённая"), cancelAfterFirstBatch));

        assertEquals(before, f.snapshot());
        assertEquals(hash, sha256(file));
        assertEquals(20_000, importInto(file, QueueTarget.none()).imported(), "the base still takes the file");
    }

    @Test
    void aFailureMidwayRollsEverythingBack() {
        var file = manyRows("failure.csv", 5_000);
        String before = f.snapshot();
        var failingDisk = new Progress() {
            int batches;

            @Override
            public void update(double fraction) {
                if (++batches == 3) {
                    throw new IllegalStateException("disk full");
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        var e = assertThrows(IllegalStateException.class, () -> f.importer.importFile(file, SourceOptions.detect(),
                guessed(file), QueueTarget.none(), failingDisk));

        assertEquals("disk full", e.getMessage());
        assertEquals(before, f.snapshot());
    }

    @Test
    void progressRisesToTheWholeFile() {
        var file = manyRows("progress.csv", 5_500);
        var fractions = new ArrayList<Double>();
        f.importer.analyze(file, SourceOptions.detect(), guessed(file), new Progress() {
            @Override
            public void update(double fraction) {
                fractions.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertTrue(fractions.size() >= 6, fractions.toString());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    @Test
    void importsIntoANewQueue() {
        var file = f.text("queue.csv", UTF_8, lines("Компания;Телефон", "Альфа;8 495 111-22-33",
                "Бета;8 495 222-33-44"));

        var result = importInto(file, QueueTarget.newQueue("  Март, выставка "));

        var queue = f.dsl().selectFrom(CALL_QUEUES).where(CALL_QUEUES.ID.eq(result.queueId().intValue())).fetchSingle();
        assertEquals("Март, выставка", queue.getName());
        assertEquals(CallQueue.DEFAULT_TARGET, queue.getDailyTarget());
        assertTrue(queue.getMembersOnly(), "a queue of the imported base only");
        assertEquals(f.dsl().select(CONTACTS.ID).from(CONTACTS).where(CONTACTS.IMPORT_ID.isNotNull()).fetch(CONTACTS.ID),
                f.dsl().select(QUEUE_MEMBERS.CONTACT_ID).from(QUEUE_MEMBERS)
                        .where(QUEUE_MEMBERS.QUEUE_ID.eq(queue.getId())).orderBy(QUEUE_MEMBERS.CONTACT_ID)
                        .fetch(QUEUE_MEMBERS.CONTACT_ID));
    }

    @Test
    void importsIntoAnExistingQueue() {
        var queue = f.base.queue(QueueFilter.any());
        var file = f.text("existing.csv", UTF_8, lines("Компания;Телефон", "Альфа;8 495 111-22-33"));

        var result = importInto(file, QueueTarget.existing(queue.id()));

        assertEquals(queue.id(), result.queueId());
        assertEquals(1, f.dsl().fetchCount(QUEUE_MEMBERS, QUEUE_MEMBERS.QUEUE_ID.eq((int) queue.id())));
        assertEquals(1, f.dsl().fetchCount(CALL_QUEUES));
    }

    @Test
    void aQueueThatIsGoneRefusesTheImport() {
        var file = f.text("gone.csv", UTF_8, lines("Компания;Телефон", "Альфа;8 495 111-22-33"));
        String before = f.snapshot();

        var e = assertThrows(ImportException.class, () -> importInto(file, QueueTarget.existing(999)));

        assertEquals(Problem.NO_SUCH_QUEUE, e.problem());
        assertEquals(before, f.snapshot());
    }

    @Test
    void nothingToImportCreatesNoQueue() {
        var file = f.text("known.csv", UTF_8, lines("Компания;Телефон", "Уже в базе;+7 495 123-45-67"));
        String before = f.snapshot();

        var result = importInto(file, QueueTarget.newQueue("Пустая"));

        assertNull(result.queueId());
        assertEquals(1, result.summary().duplicatesInBase());
        assertEquals(before, f.snapshot());
    }

    @Test
    void importingTheSameFileAgainFindsEveryRowInTheBase() {
        var file = manyRows("twice.csv", 1_500);
        assertEquals(1_500, importInto(file, QueueTarget.none()).imported());

        var again = importInto(file, QueueTarget.none());

        assertNull(again.importId());
        assertEquals(1_500, again.summary().duplicatesInBase());
    }

    @Test
    void rejectedRowsAreSavedForExcelWithTheirReason() throws Exception {
        var file = f.text("rejects.csv", UTF_8, lines(
                "Компания;Телефон;Комментарий",
                "Альфа;8 495 111-22-33;хорошая",
                "Бета;;\"без номера; совсем\"",
                "\"Гамма \"\"Плюс\"\"\";123;\"строка 1",
                "строка 2\"",
                "Альфа;8 495 111-22-33;повтор",
                "Старая;+7 495 123-45-67;"));
        Path out = folder.resolve("rejected.csv");
        String hash = sha256(file);

        int saved = f.importer.saveRejected(file, SourceOptions.detect(), guessed(file), out, "Причина", RUSSIAN,
                Progress.NONE);

        assertEquals(4, saved);
        assertEquals(hash, sha256(file));
        assertEquals(List.of(
                List.of("Причина", "Компания", "Телефон", "Комментарий"),
                List.of("нет телефона", "Бета", "", "без номера; совсем"),
                List.of("неверный номер", "Гамма \"Плюс\"", "123", "строка 1\r\nстрока 2"),
                List.of("повтор в файле", "Альфа", "8 495 111-22-33", "повтор"),
                List.of("уже в базе", "Старая", "+7 495 123-45-67", "")), saved(out));
        assertEquals(1, f.dsl().fetchCount(CONTACTS), "saving rejects imports nothing");
    }

    /** A cell too long for its field is saved whole, the field named in the reason: never cut. */
    @Test
    void overLongCellsAreSavedWholeWithTheFieldTheyAreTooLongFor() throws Exception {
        String huge = "ООО " + "я".repeat(100_000);
        var file = f.text("long.csv", UTF_8, lines(
                "Компания;Телефон;ИНН;Источник",
                huge + ";8 495 111-22-33;;",
                "Бета;8 495 222-33-44;7701234567890123456789;",
                "Гамма;8 495 333-44-55;;" + "выставка ".repeat(23),
                "Дельта;8 495 444-55-66;7701234567;"));
        Path out = folder.resolve("rejected.csv");

        assertEquals(3, f.importer.saveRejected(file, SourceOptions.detect(), guessed(file), out, "Причина", RUSSIAN,
                Progress.NONE));

        assertEquals(List.of(
                List.of("Причина", "Компания", "Телефон", "ИНН", "Источник"),
                List.of("слишком длинное поле COMPANY", huge, "8 495 111-22-33", "", ""),
                List.of("слишком длинное поле TAX_ID", "Бета", "8 495 222-33-44", "7701234567890123456789", ""),
                List.of("слишком длинное поле SOURCE", "Гамма", "8 495 333-44-55", "", "выставка ".repeat(23))),
                saved(out));
    }

    /** The file's name stands in for a source no column gives: a long one is no cell of the file to reject. */
    @Test
    void aLongFileNameIsNoReasonToRejectARow() {
        var file = f.text("b".repeat(220) + ".csv", UTF_8, lines("Компания;Телефон", "Альфа;8 495 111-22-33"));
        assertEquals(1, f.importGuessed(file).imported());
    }

    /** The limits the rows are checked against are the columns' lengths in the schema. */
    @Test
    void eachFieldsLimitIsItsColumnsLength() {
        Map<Field, org.jooq.TableField<?, String>> columns = Map.of(Field.COMPANY, CONTACTS.COMPANY,
                Field.PERSON, CONTACTS.PERSON, Field.CITY, CONTACTS.CITY, Field.REGION, CONTACTS.REGION,
                Field.TAX_ID, CONTACTS.TAX_ID, Field.EMAIL, CONTACTS.EMAIL, Field.WEBSITE, CONTACTS.WEBSITE,
                Field.CATEGORY, CONTACTS.CATEGORY, Field.SOURCE, CONTACTS.SOURCE);
        for (var field : Field.values()) {
            var column = columns.get(field);
            assertEquals(column == null ? 0 : column.getDataType().length(), field.maxLength(), field.name());
            if (column != null) {
                assertEquals(field, RejectReason.tooLong(field).tooLongField());
            }
        }
    }

    /** The rows of a saved file of rejects: UTF-8 behind a byte order mark, ";" between cells. */
    private static List<List<String>> saved(Path out) throws Exception {
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        try (var reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(
                new String(bytes, 3, bytes.length - 3, UTF_8))) {
            return reader.stream().map(CsvRecord::getFields).toList();
        }
    }

    @Test
    void rejectedRowsAreNotSavedOverTheFileOrHalfway() throws Exception {
        var file = manyRows("source.csv", 3_000);
        var e = assertThrows(ImportException.class, () -> f.importer.saveRejected(file, SourceOptions.detect(),
                guessed(file), file, "Reason", RejectReason::name, Progress.NONE));
        assertEquals(Problem.CANNOT_WRITE, e.problem());

        Path out = folder.resolve("out.csv");
        var cancelAtOnce = new Progress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> f.importer.saveRejected(file, SourceOptions.detect(),
                guessed(file), out, "Reason", RejectReason::name, cancelAtOnce));
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("out.csv")).toList());
        }
    }

    @Test
    void previewShowsTheFirstRowsWithTheGuessedColumns() {
        var text = new StringBuilder("Наименование;ФИО;Тел.;Мобильный;E-mail;Сайт;ИНН;Отрасль;Область;Размер;Источник;Примечание\r\n");
        for (int i = 0; i < 30; i++) {
            text.append("ООО «Компания ").append(i).append("»;Иванов И.И.;8 495 111-22-").append(10 + i)
                    .append(";;info@example.ru;example.ru;7701234567;Торговля;Московская;малый;Выставка;\r\n");
        }
        var file = f.text("preview.csv", CyrillicCodePages.WINDOWS_1251, text.toString());

        var preview = f.importer.preview(file, SourceOptions.detect());

        assertEquals(FileFormat.CSV, preview.format());
        assertEquals(CyrillicCodePages.WINDOWS_1251, preview.encoding());
        assertEquals(';', preview.delimiter());
        assertEquals(List.of(), preview.sheets());
        assertEquals(Importer.PREVIEW_ROWS, preview.rows().size());
        assertTrue(preview.rows().stream().allMatch(row -> row.size() == 12));
        assertEquals("ООО «Компания 0»", preview.rows().get(0).get(0));
        assertEquals(Map.ofEntries(Map.entry(0, Field.COMPANY), Map.entry(1, Field.PERSON), Map.entry(2, Field.PHONE),
                Map.entry(3, Field.PHONE), Map.entry(4, Field.EMAIL), Map.entry(5, Field.WEBSITE),
                Map.entry(6, Field.TAX_ID), Map.entry(7, Field.CATEGORY), Map.entry(8, Field.REGION),
                Map.entry(9, Field.SIZE), Map.entry(10, Field.SOURCE)), preview.mapping().columns());
    }

    @Test
    void columnNamesAsRussianAndEnglishBasesWriteThem() {
        var names = Map.ofEntries(
                Map.entry(Field.COMPANY, List.of("Компания", "Название", "Наименование", "Организация", "Company",
                        "Name", "Название компании")),
                Map.entry(Field.PHONE, List.of("Телефон", "Тел.", "Мобильный", "Phone", "Mobile", "Рабочий телефон",
                        "Телефон 2", "Контактный телефон")),
                Map.entry(Field.PERSON, List.of("Контактное лицо", "ФИО", "Contact", "Contact person")),
                Map.entry(Field.CITY, List.of("Город", "City")),
                Map.entry(Field.REGION, List.of("Регион", "Область", "Region")),
                Map.entry(Field.TAX_ID, List.of("ИНН", "Tax ID", "INN")),
                Map.entry(Field.EMAIL, List.of("E-mail", "Email", "Почта", "Эл. почта")),
                Map.entry(Field.WEBSITE, List.of("Сайт", "Website", "Web", "Сайт компании")),
                Map.entry(Field.CATEGORY, List.of("Категория", "Отрасль", "Category", "Industry")),
                Map.entry(Field.SIZE, List.of("Размер", "Size")),
                Map.entry(Field.SOURCE, List.of("Источник", "Source")));
        names.forEach((field, headers) -> headers.forEach(header ->
                assertEquals(field, ColumnGuess.fieldNamed(header), header)));
        for (var other : List.of("Комментарий", "Адрес", "Дата создания", "Notes")) {
            assertNull(ColumnGuess.fieldNamed(other), other);
        }
    }

    @Test
    void aCompanyNamedLikeAColumnIsNoHeader() {
        var file = f.text("no-header-tricky.csv", UTF_8, lines("ООО «Телефон-Сервис»;8 495 111-22-33",
                "ООО «Сайт-Мастер»;8 495 222-33-44"));
        var preview = f.importer.preview(file, SourceOptions.detect());
        assertFalse(preview.hasHeader());
        assertEquals(2, importInto(file, QueueTarget.none()).imported());
    }

    @Test
    void theUserOverridesWhatIsDetected() {
        var file = f.text("override.csv", CyrillicCodePages.WINDOWS_1251, lines("Компания,Телефон;Город", "Альфа,8 495 111-22-33;Москва"));
        var options = new SourceOptions(CyrillicCodePages.WINDOWS_1251, ',', null, false, "RU");

        var preview = f.importer.preview(file, options);

        assertFalse(preview.hasHeader());
        assertEquals(List.of(List.of("Компания", "Телефон;Город"), List.of("Альфа", "8 495 111-22-33;Москва")),
                preview.rows());
        var summary = f.importer.importFile(file, options, new Mapping(Map.of(0, Field.COMPANY, 1, Field.PHONE)),
                QueueTarget.none(), Progress.NONE).summary();
        assertEquals(1, summary.toImport(), "Москва after the ; is no number, 8 495 111-22-33 is");
        assertEquals(1, summary.count(RejectReason.INVALID_PHONE), "the header row read as data");
    }

    @Test
    void anotherDefaultRegionReadsNumbersWithoutACountryCode() {
        var file = f.text("ukraine.csv", UTF_8, lines("Company;Phone", "Alpha;044 123 4567"));
        var options = new SourceOptions(null, null, null, null, "UA");
        f.importer.importFile(file, options, f.importer.preview(file, options).mapping(), QueueTarget.none(),
                Progress.NONE);
        assertNotNull(f.dsl().fetchOne(CONTACT_PHONES, CONTACT_PHONES.E164.eq("+380441234567")));
    }

    @Test
    void mappingsAndRegionsThatCannotWorkAreRefused() {
        var file = f.text("mapping.csv", UTF_8, lines("Компания;Телефон", "Альфа;8 495 111-22-33"));
        var detect = SourceOptions.detect();
        assertEquals(Problem.NO_PHONE_COLUMN, assertThrows(ImportException.class, () -> f.importer.importFile(file,
                detect, new Mapping(Map.of(0, Field.COMPANY)), QueueTarget.none(), Progress.NONE)).problem());
        assertEquals(Problem.NO_NAME_COLUMN, assertThrows(ImportException.class, () -> f.importer.analyze(file,
                detect, new Mapping(Map.of(1, Field.PHONE)), Progress.NONE)).problem());
        assertEquals(Problem.UNKNOWN_REGION, assertThrows(ImportException.class, () -> f.importer.preview(file,
                new SourceOptions(null, null, null, null, "XX"))).problem());
        assertThrows(IllegalArgumentException.class, () -> QueueTarget.newQueue(" "));
        assertThrows(IllegalArgumentException.class, () -> new Mapping(Map.of(-1, Field.PHONE)));
    }

    @Test
    void demoContactsKeepTheirNumbersInE164SoImportsFindThem() {
        f.base.inTx(tx -> f.base.services.demoBase().load(tx, Locale.forLanguageTag("ru")));
        assertEquals(0, f.dsl().fetchCount(CONTACT_PHONES, CONTACT_PHONES.E164.isNull()));
        String demoNumber = f.dsl().select(CONTACT_PHONES.NUMBER).from(CONTACT_PHONES).orderBy(CONTACT_PHONES.ID.desc())
                .limit(1).fetchSingle().value1();
        var file = f.text("demo.csv", UTF_8, lines("Компания;Телефон", "Демо;" + demoNumber));

        assertEquals(1, importInto(file, QueueTarget.none()).summary().duplicatesInBase());
    }
}
