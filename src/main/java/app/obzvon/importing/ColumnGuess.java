package app.obzvon.importing;

import app.obzvon.contact.PhoneNumbers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Guesses which column is which: by its header as Russian and English bases name them, else by what the cells hold. */
final class ColumnGuess {

    /** In the order they are tried: "Телефон контактного лица" is a phone, "Сайт компании" a website. */
    private static final Map<Field, List<List<String>>> NAMES = new LinkedHashMap<>();

    static {
        names(Field.PHONE, "телефон", "телефоны", "тел", "мобильный", "моб", "сотовый", "phone", "phones", "tel",
                "telephone", "mobile", "cell");
        names(Field.EMAIL, "e-mail", "email", "почта", "mail");
        names(Field.WEBSITE, "сайт", "website", "web", "site", "url");
        names(Field.TAX_ID, "инн", "inn", "tax id", "taxid");
        names(Field.PERSON, "контактное лицо", "контакт", "фио", "имя", "contact", "contact person", "person");
        names(Field.CITY, "город", "city", "населенный пункт");
        names(Field.REGION, "регион", "область", "край", "region", "state");
        names(Field.CATEGORY, "категория", "отрасль", "сфера", "category", "industry");
        names(Field.SIZE, "размер", "size");
        names(Field.SOURCE, "источник", "source");
        names(Field.COMPANY, "компания", "название", "наименование", "организация", "company", "name",
                "organization", "organisation");
    }

    /** Legal forms that mark a cell as a company name when the file has no header. */
    private static final Pattern COMPANY_NAME = Pattern.compile(
            "(?iu)(^|[^\\p{L}])(ооо|оао|зао|пао|ао|ип|нко|фгуп|муп|llc|ltd|inc|gmbh)([^\\p{L}]|$)|[«\"]");

    private ColumnGuess() {
    }

    private static void names(Field field, String... names) {
        NAMES.put(field, Stream.of(names).map(Words::of).toList());
    }

    /** The field a column name stands for, or null. */
    static Field fieldNamed(String header) {
        var words = Words.of(header);
        for (var entry : NAMES.entrySet()) {
            if (entry.getValue().stream().anyMatch(name -> Words.contain(words, name))) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * Whether a first row is a header: a cell names a field and none holds a phone number (a
     * company called "Телефон-Сервис" names a field too, but its row has a number).
     */
    static boolean isHeader(List<String> cells, PhoneNumbers phones) {
        return cells.stream().anyMatch(cell -> fieldNamed(cell) != null)
                && cells.stream().allMatch(cell -> phones.read(cell).isEmpty());
    }

    /**
     * Fields by header first: every phone column, the first column for each other field. Then,
     * for a file without a header (or with unknown names), phones and the company from the
     * sample rows: a column where most cells hold a valid number is a phone column; the company
     * is the column with legal forms (ООО, ИП, «…») in most cells, else the first wordy one.
     */
    static Mapping guess(List<String> header, List<List<String>> sample, int width, PhoneNumbers phones) {
        var columns = new HashMap<Integer, Field>();
        for (int column = 0; column < header.size(); column++) {
            var field = fieldNamed(header.get(column));
            if (field == Field.PHONE || field != null && !columns.containsValue(field)) {
                columns.put(column, field);
            }
        }
        if (!columns.containsValue(Field.PHONE)) {
            for (int column = 0; column < width; column++) {
                if (!columns.containsKey(column) && most(sample, column, cell -> !phones.read(cell).isEmpty())) {
                    columns.put(column, Field.PHONE);
                }
            }
        }
        if (!columns.containsValue(Field.COMPANY) && !columns.containsValue(Field.PERSON)) {
            firstFree(columns, width, column -> most(sample, column, cell -> COMPANY_NAME.matcher(cell).find()))
                    .or(() -> firstFree(columns, width, column -> most(sample, column, ColumnGuess::wordy)))
                    .ifPresent(column -> columns.put(column, Field.COMPANY));
        }
        return new Mapping(columns);
    }

    private static Optional<Integer> firstFree(Map<Integer, Field> columns, int width, IntPredicate fits) {
        for (int column = 0; column < width; column++) {
            if (!columns.containsKey(column) && fits.test(column)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Whether at least half of the column's filled cells in the sample pass. */
    private static boolean most(List<List<String>> sample, int column, Predicate<String> test) {
        int filled = 0;
        int passed = 0;
        for (var row : sample) {
            String cell = column < row.size() ? row.get(column) : "";
            if (!cell.isBlank()) {
                filled++;
                passed += test.test(cell) ? 1 : 0;
            }
        }
        return filled > 0 && passed * 2 >= filled;
    }

    private static boolean wordy(String cell) {
        return cell.codePoints().filter(Character::isLetter).count() >= 2 && cell.indexOf('@') < 0;
    }
}
