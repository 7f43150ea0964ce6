package app.obzvon.importing;

import app.obzvon.importing.ImportException.Problem;
import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Saves the rows an import leaves out as a CSV file that Excel opens as it is (UTF-8 with BOM,
 * ";"): the reason first, then the row's cells as they were. The file appears only when complete.
 */
final class RejectedCsv implements RowSink, AutoCloseable {

    private final Path out;
    private final Path temp;
    private final CsvWriter csv;
    private final String reasonColumn;
    private final Function<RejectReason, String> reasonText;
    private int rows;
    private boolean kept;

    RejectedCsv(Path source, Path out, String reasonColumn, Function<RejectReason, String> reasonText) {
        this.out = out.toAbsolutePath();
        this.reasonColumn = reasonColumn;
        this.reasonText = reasonText;
        try {
            if (Files.exists(this.out) && Files.isSameFile(source, this.out)) {
                throw new ImportException(Problem.CANNOT_WRITE, "Choose another file: this one is being imported");
            }
            temp = Files.createTempFile(this.out.getParent(), this.out.getFileName().toString(), ".part");
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        try {
            var writer = Files.newBufferedWriter(temp, UTF_8);
            // Excel takes a CSV file for UTF-8 only when it starts with a byte order mark.
            writer.write('\uFEFF');
            csv = CsvWriter.builder().fieldSeparator(';').build(writer);
        } catch (IOException e) {
            deleteTemp();
            throw cannotWrite(e);
        }
    }

    @Override
    public void start(Table table) {
        var names = new ArrayList<String>(List.of(reasonColumn));
        for (int column = 0; column < table.width(); column++) {
            names.add(table.columnName(column));
        }
        write(names);
    }

    @Override
    public void leftOut(RawRow row, RejectReason reason) {
        var cells = new ArrayList<String>(row.cells().size() + 1);
        cells.add(reasonText.apply(reason));
        cells.addAll(row.cells());
        write(cells);
        rows++;
    }

    /** Puts the finished file in place and returns how many rows it holds. */
    int keep() {
        try {
            csv.close();
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            kept = true;
            return rows;
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /** Without {@link #keep()}: a cancelled or failed pass leaves no file behind. */
    @Override
    public void close() {
        if (kept) {
            return;
        }
        try {
            csv.close();
        } catch (IOException | UncheckedIOException e) {
            // Deleted next anyway.
        }
        deleteTemp();
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A stray .part file is all that is left.
        }
    }

    private void write(List<String> cells) {
        try {
            csv.writeRecord(cells);
        } catch (UncheckedIOException e) {
            throw cannotWrite(e.getCause());
        }
    }

    private static ImportException cannotWrite(IOException e) {
        return new ImportException(Problem.CANNOT_WRITE, "The rows cannot be saved: " + e.getMessage(), e);
    }
}
