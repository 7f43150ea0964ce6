package app.obzvon.importing;

import app.obzvon.contact.PhoneNumbers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A file of inbound requests: CSV or XLSX (format, encoding and delimiter detected as for a base).
 * Columns by their names (Компания/Company, Контакт/Person, Телефон/Phone, Запрос/Request,
 * Источник/Source); a file without a header holds them in that order. The cells as written: the
 * requests' own checks judge them.
 */
public final class RequestFile {

    /** The columns a request has, in the order of a file without a header. */
    private enum Column { COMPANY, PERSON, PHONE, WANTS, SOURCE }

    private static final List<List<String>> WANTS_WORDS = List.of(Words.of("запрос"), Words.of("заявка"),
            Words.of("что хочет"), Words.of("вопрос"), Words.of("сообщение"), Words.of("комментарий"),
            Words.of("request"), Words.of("wants"), Words.of("message"), Words.of("comment"));

    /** One row: its number in the file (from 1) and its cells as written (null: no such column). */
    public record Row(long number, String company, String person, String phone, String wants, String source) {
    }

    public record Contents(String fileName, List<Row> rows) {
    }

    private RequestFile() {
    }

    public static Contents read(Path file) {
        var phones = new PhoneNumbers(PhoneNumbers.DEFAULT_REGION);
        var source = SourceFile.inspect(file, SourceOptions.detect());
        var rows = new ArrayList<Row>();
        try (var table = Table.open(source.open(Progress.NONE), null, phones)) {
            var columns = table.hasHeader() ? named(table.header()) : inOrder();
            for (var row = table.next(); row != null; row = table.next()) {
                if (!row.isBlank()) {
                    rows.add(new Row(row.number(), cell(row, columns, Column.COMPANY), cell(row, columns, Column.PERSON),
                            cell(row, columns, Column.PHONE), cell(row, columns, Column.WANTS),
                            cell(row, columns, Column.SOURCE)));
                }
            }
        }
        return new Contents(file.getFileName().toString(), rows);
    }

    private static Map<Column, Integer> named(List<String> header) {
        var columns = new EnumMap<Column, Integer>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            var column = columnNamed(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static Column columnNamed(String name) {
        var words = Words.of(name);
        if (WANTS_WORDS.stream().anyMatch(w -> Words.contain(words, w))) {
            return Column.WANTS;
        }
        var field = ColumnGuess.fieldNamed(name);
        if (field == null) {
            return null;
        }
        return switch (field) {
            case COMPANY -> Column.COMPANY;
            case PERSON -> Column.PERSON;
            case PHONE -> Column.PHONE;
            case SOURCE -> Column.SOURCE;
            default -> null;
        };
    }

    private static Map<Column, Integer> inOrder() {
        var columns = new EnumMap<Column, Integer>(Column.class);
        for (var column : Column.values()) {
            columns.put(column, column.ordinal());
        }
        return columns;
    }

    private static String cell(RawRow row, Map<Column, Integer> columns, Column column) {
        var at = columns.get(column);
        return at == null || at >= row.cells().size() ? null : row.cells().get(at);
    }
}
