package app.obzvon.importing;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Phone;
import app.obzvon.contact.PhoneNumbers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Reads a row into a contact, or finds why it cannot be one. Workers share it: it keeps no state. */
final class RowReader {

    private final Map<Field, int[]> columns = new EnumMap<>(Field.class);
    private final boolean[] mapped;
    private final IntFunction<String> columnNames;
    private final PhoneNumbers phoneNumbers;
    private final String defaultSource;

    /** @param defaultSource the contact's source when no column gives one: the file name */
    RowReader(Mapping mapping, IntFunction<String> columnNames, PhoneNumbers phoneNumbers, String defaultSource) {
        for (var field : Field.values()) {
            columns.put(field, mapping.columnsOf(field).stream().mapToInt(Integer::intValue).toArray());
        }
        mapped = new boolean[mapping.columns().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        mapping.columns().keySet().forEach(column -> mapped[column] = true);
        this.columnNames = columnNames;
        this.phoneNumbers = phoneNumbers;
        this.defaultSource = defaultSource;
    }

    ReadRow read(RawRow row) {
        if (row.isBlank()) {
            return new ReadRow(row, null, null);
        }
        var cells = row.cells();
        var phones = phones(cells);
        if (phones.isEmpty()) {
            boolean written = text(cells, Field.PHONE) != null;
            return new ReadRow(row, null, written ? RejectReason.INVALID_PHONE : RejectReason.NO_PHONE);
        }
        String company = text(cells, Field.COMPANY);
        String person = text(cells, Field.PERSON);
        if (company == null && person == null) {
            return new ReadRow(row, null, RejectReason.NO_COMPANY);
        }
        String sizeText = text(cells, Field.SIZE);
        CompanySize size = sizeText == null ? null : SizeWords.of(sizeText);
        String source = text(cells, Field.SOURCE);
        var contact = new ImportedContact(company != null ? company : person, person,
                text(cells, Field.CITY), text(cells, Field.REGION), text(cells, Field.TAX_ID),
                text(cells, Field.EMAIL), text(cells, Field.WEBSITE), text(cells, Field.CATEGORY),
                size == null ? CompanySize.UNKNOWN : size, source == null ? defaultSource : source,
                phones, extras(cells, sizeText != null && size == null));
        Field tooLong = tooLong(contact, source);
        return tooLong == null ? new ReadRow(row, contact, null) : new ReadRow(row, null, RejectReason.tooLong(tooLong));
    }

    /**
     * The first field longer than the base keeps, or null. The person comes before the company,
     * which holds the person when the row names no company. The source counts only from a cell:
     * the file's name stands in for it otherwise.
     */
    private static Field tooLong(ImportedContact c, String sourceCell) {
        if (Field.PERSON.tooLong(c.person())) {
            return Field.PERSON;
        }
        if (Field.COMPANY.tooLong(c.company())) {
            return Field.COMPANY;
        }
        if (Field.CITY.tooLong(c.city())) {
            return Field.CITY;
        }
        if (Field.REGION.tooLong(c.region())) {
            return Field.REGION;
        }
        if (Field.TAX_ID.tooLong(c.taxId())) {
            return Field.TAX_ID;
        }
        if (Field.EMAIL.tooLong(c.email())) {
            return Field.EMAIL;
        }
        if (Field.WEBSITE.tooLong(c.website())) {
            return Field.WEBSITE;
        }
        if (Field.CATEGORY.tooLong(c.category())) {
            return Field.CATEGORY;
        }
        return Field.SOURCE.tooLong(sourceCell) ? Field.SOURCE : null;
    }

    /** The numbers of every phone column, each once. */
    private List<Phone> phones(List<String> cells) {
        var phones = new ArrayList<Phone>(2);
        for (int column : columns.get(Field.PHONE)) {
            for (var phone : phoneNumbers.read(cell(cells, column))) {
                if (!has(phones, phone.digits())) {
                    phones.add(phone);
                }
            }
        }
        return phones;
    }

    /** The field's text; from several columns, their different texts joined with ", "; null when blank. */
    private String text(List<String> cells, Field field) {
        int[] fieldColumns = columns.get(field);
        if (fieldColumns.length <= 1) {
            String cell = fieldColumns.length == 0 ? "" : cell(cells, fieldColumns[0]).strip();
            return cell.isEmpty() ? null : cell;
        }
        var texts = new LinkedHashSet<String>();
        for (int column : fieldColumns) {
            String cell = cell(cells, column).strip();
            if (!cell.isEmpty()) {
                texts.add(cell);
            }
        }
        return texts.isEmpty() ? null : String.join(", ", texts);
    }

    /** Filled cells of unmapped columns; the size column's too when its text names no size, so it is not lost. */
    private List<ExtraField> extras(List<String> cells, boolean keepSize) {
        var extras = new ArrayList<ExtraField>();
        for (int column = 0; column < cells.size(); column++) {
            boolean unmapped = column >= mapped.length || !mapped[column];
            boolean kept = unmapped || keepSize && contains(columns.get(Field.SIZE), column);
            String cell = cells.get(column).strip();
            if (kept && !cell.isEmpty()) {
                extras.add(new ExtraField(columnNames.apply(column), cell));
            }
        }
        return extras;
    }

    private static boolean has(List<Phone> phones, long digits) {
        for (var phone : phones) {
            if (phone.digits() == digits) {
                return true;
            }
        }
        return false;
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    private static boolean contains(int[] columns, int column) {
        for (int c : columns) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }
}
