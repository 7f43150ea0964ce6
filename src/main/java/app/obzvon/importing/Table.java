package app.obzvon.importing;

import app.obzvon.contact.PhoneNumbers;
import app.obzvon.importing.ImportException.Problem;

import java.util.ArrayList;
import java.util.List;

/** A file opened for one pass: the names of its columns, then its data rows. */
final class Table implements RowSource {

    private final RowSource rows;
    private final List<String> header;
    private final int width;
    private RawRow firstData;

    private Table(RowSource rows, List<String> header, RawRow firstData) {
        this.rows = rows;
        this.header = header;
        this.width = firstData == null ? header.size() : firstData.cells().size();
        this.firstData = firstData;
    }

    /** @param hasHeader null: detect it (see {@link ColumnGuess#isHeader}) */
    static Table open(RowSource rows, Boolean hasHeader, PhoneNumbers phones) {
        try {
            RawRow first = rows.next();
            while (first != null && first.isBlank()) {
                first = rows.next();
            }
            if (first == null) {
                throw new ImportException(Problem.EMPTY_FILE, "The file is empty");
            }
            boolean header = hasHeader != null ? hasHeader : ColumnGuess.isHeader(first.cells(), phones);
            return header ? new Table(rows, first.cells(), null) : new Table(rows, List.of(), first);
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    boolean hasHeader() {
        return !header.isEmpty();
    }

    List<String> header() {
        return header;
    }

    /** How many columns the header names, or the first row has without a header. */
    int width() {
        return width;
    }

    /** The header's name for the column, else "Column 3" (numbered from 1). */
    String columnName(int column) {
        String name = column < header.size() ? header.get(column).strip() : "";
        return name.isEmpty() ? "Column " + (column + 1) : name;
    }

    /** Up to {@code count} data rows that are not blank. */
    List<RawRow> firstRows(int count) {
        var first = new ArrayList<RawRow>();
        RawRow row;
        while (first.size() < count && (row = next()) != null) {
            if (!row.isBlank()) {
                first.add(row);
            }
        }
        return first;
    }

    @Override
    public RawRow next() {
        if (firstData != null) {
            var row = firstData;
            firstData = null;
            return row;
        }
        return rows.next();
    }

    @Override
    public double fraction() {
        return rows.fraction();
    }

    @Override
    public void close() {
        rows.close();
    }
}
