package app.obzvon.importing;

import app.obzvon.contact.PhoneNumbers;
import com.carrotsearch.hppc.LongArrayList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A file of phone numbers, as a do-not-call list comes: CSV, TXT or XLSX (the format, encoding and
 * delimiter detected as for a base), one number a line or a column named Телефон, Phone, Номер or
 * Number; other columns are ignored. Without such a column every cell of a row is looked at.
 */
public final class NumberFile {

    private static final List<List<String>> NUMBER_WORDS = List.of(Words.of("номер"), Words.of("номера"),
            Words.of("number"), Words.of("numbers"));

    /**
     * The numbers in file order (E.164 digits, repeats kept), rows read (not the header), and rows
     * with no valid number in them.
     */
    public record Contents(String fileName, long[] numbers, int rows, int withoutNumber) {
    }

    private NumberFile() {
    }

    public static Contents read(Path file, PhoneNumbers phones) {
        var source = SourceFile.inspect(file, SourceOptions.detect());
        var numbers = new LongArrayList();
        int rows = 0;
        int without = 0;
        // The header is ours to find: "Номер" names no field of a base, and a lone column has no name at all.
        try (var table = Table.open(source.open(Progress.NONE), false, phones)) {
            List<Integer> columns = null;
            for (var row = table.next(); row != null; row = table.next()) {
                if (row.isBlank()) {
                    continue;
                }
                if (columns == null) {
                    columns = numberColumns(row.cells(), phones);
                    if (!columns.isEmpty() || !hasNumber(row.cells(), phones)) {
                        continue; // the header
                    }
                }
                rows++;
                int before = numbers.size();
                var cells = row.cells();
                var read = columns.isEmpty() ? IntStream.range(0, cells.size()).boxed().toList() : columns;
                for (int column : read) {
                    if (column < cells.size()) {
                        phones.read(cells.get(column)).forEach(phone -> numbers.add(phone.digits()));
                    }
                }
                if (numbers.size() == before) {
                    without++;
                }
            }
        }
        return new Contents(file.getFileName().toString(), numbers.toArray(), rows, without);
    }

    /** The columns a header row names as numbers; none when the row is data or names none. */
    private static List<Integer> numberColumns(List<String> cells, PhoneNumbers phones) {
        var named = new ArrayList<Integer>();
        if (hasNumber(cells, phones)) {
            return named;
        }
        for (int column = 0; column < cells.size(); column++) {
            var words = Words.of(cells.get(column));
            if (ColumnGuess.fieldNamed(cells.get(column)) == Field.PHONE
                    || NUMBER_WORDS.stream().anyMatch(name -> Words.contain(words, name))) {
                named.add(column);
            }
        }
        return named;
    }

    private static boolean hasNumber(List<String> cells, PhoneNumbers phones) {
        return cells.stream().anyMatch(cell -> !phones.read(cell).isEmpty());
    }
}
