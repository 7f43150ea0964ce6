package app.obzvon.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * A CSV or XLSX file with a header row, read row by row the way an import reads it (format,
 * encoding and delimiter detected where the options leave them open): for other features that take
 * a table from another program, such as the next stage's results. Errors are {@link ImportException}s.
 */
public final class TableFile implements AutoCloseable {

    /** A data row: its number in the file (line or sheet row, from 1) and its cells. */
    public record Row(long number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell's text, stripped; "" for a column the row does not reach. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    private final RowSource rows;
    private final FileFormat format;
    private final List<String> header;

    private TableFile(RowSource rows, FileFormat format, List<String> header) {
        this.rows = rows;
        this.format = format;
        this.header = header;
    }

    /**
     * Opens the file and reads its header: the first row that is not blank.
     *
     * @throws ImportException when the file cannot be read as a table, or holds no row at all
     */
    public static TableFile open(Path path, SourceOptions options) {
        var source = SourceFile.inspect(path, options);
        var rows = source.openForPreview();
        try {
            var first = rows.next();
            while (first != null && first.isBlank()) {
                first = rows.next();
            }
            if (first == null) {
                throw new ImportException(ImportException.Problem.EMPTY_FILE, "The file is empty");
            }
            return new TableFile(rows, source.format(), List.copyOf(first.cells()));
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /** The field an import would take a column of this name for (Телефон, Компания, ИНН…), or null. */
    public static Field fieldNamed(String header) {
        return ColumnGuess.fieldNamed(header);
    }

    /** Whether the header's words hold the phrase's words one after another, as imports compare names. */
    public static boolean named(String header, String phrase) {
        return Words.contain(Words.of(header), Words.of(phrase));
    }

    public FileFormat format() {
        return format;
    }

    public List<String> header() {
        return header;
    }

    /** The next data row that is not blank, or null after the last. */
    public Row next() {
        for (var row = rows.next(); row != null; row = rows.next()) {
            if (!row.isBlank()) {
                return new Row(row.number(), row.cells());
            }
        }
        return null;
    }

    @Override
    public void close() {
        rows.close();
    }
}
