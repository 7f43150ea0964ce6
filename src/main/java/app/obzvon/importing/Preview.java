package app.obzvon.importing;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The start of a file as the import would read it, for the user to check before anything is read in full.
 *
 * @param encoding  and delimiter: as detected or given, null for XLSX
 * @param sheets    of an XLSX file, empty for CSV; {@code sheet} is the one read
 * @param columns   every column's name: its header, or "Column 1", "Column 2"… without one
 * @param rows      the first data rows, each as wide as {@code columns}
 * @param mapping   the guessed mapping, to show and correct
 */
public record Preview(
        FileFormat format,
        Charset encoding,
        Character delimiter,
        List<String> sheets,
        String sheet,
        boolean hasHeader,
        List<String> columns,
        List<List<String>> rows,
        Mapping mapping) {

    public Preview {
        sheets = List.copyOf(sheets);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
