package app.obzvon.importing;

import app.obzvon.importing.ImportException.Problem;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The rows of one sheet of an XLSX workbook, streamed by fastexcel. */
final class XlsxRows implements RowSource {

    private static final int CANCEL_CHECK_ROWS = 10_000;

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final long total;
    private long read;

    /** @param progress checked while the sheet's rows are counted for the fraction; null: no count */
    XlsxRows(Path path, String sheetName, Progress progress) {
        workbook = open(path);
        try {
            var sheet = find(workbook, sheetName);
            total = progress == null ? 0 : count(sheet, progress);
            stream = sheet.openStream();
            rows = stream.iterator();
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            close(workbook);
            throw damaged(e);
        } catch (RuntimeException e) {
            close(workbook);
            throw e;
        }
    }

    static List<String> sheets(Path path) {
        var workbook = open(path);
        try {
            return workbook.getSheets().map(Sheet::getName).toList();
        } catch (UncheckedIOException | ExcelReaderException e) {
            throw damaged(e);
        } finally {
            close(workbook);
        }
    }

    /** The sheet to read: the wanted one, or the first when none is wanted. */
    static String pick(List<String> names, String wanted) {
        if (names.isEmpty()) {
            throw new ImportException(Problem.DAMAGED_XLSX, "The XLSX file is damaged: it has no sheets");
        }
        if (wanted == null) {
            return names.get(0);
        }
        return names.stream().filter(wanted::equals).findFirst().orElseThrow(() -> noSheet(wanted));
    }

    @Override
    public RawRow next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            var row = rows.next();
            read++;
            var cells = new ArrayList<String>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(row.getOptionalCell(i).map(XlsxRows::text).orElse(""));
            }
            return new RawRow(row.getRowNum(), cells);
        } catch (UncheckedIOException | ExcelReaderException e) {
            throw damaged(e);
        }
    }

    @Override
    public double fraction() {
        return total == 0 ? 0 : Math.min(1, (double) read / total);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
        close(workbook);
    }

    /** A number as written, not in exponent form: a phone typed as a number is 79161234567, not 7.9161234567E10. */
    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case EMPTY -> "";
            default -> cell.getText();
        };
    }

    private static ReadableWorkbook open(Path path) {
        try {
            return new ReadableWorkbook(path.toFile());
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw damaged(e);
        }
    }

    private static Sheet find(ReadableWorkbook workbook, String name) {
        return workbook.findSheet(name).orElseThrow(() -> noSheet(name));
    }

    private static ImportException noSheet(String name) {
        return new ImportException(Problem.NO_SUCH_SHEET, "The file has no sheet named \"" + name + "\"");
    }

    private static long count(Sheet sheet, Progress progress) throws IOException {
        long count = 0;
        try (var all = sheet.openStream()) {
            for (var it = all.iterator(); it.hasNext(); it.next()) {
                if (++count % CANCEL_CHECK_ROWS == 0 && progress.cancelled()) {
                    throw new CancelledException();
                }
            }
        }
        return count;
    }

    private static ImportException damaged(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String firstLine = reason.lines().findFirst().orElse("");
        return new ImportException(Problem.DAMAGED_XLSX, "The XLSX file is damaged: " + firstLine, e);
    }

    private static void close(ReadableWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // Only read from: nothing is lost.
        }
    }
}
