package app.obzvon.handoff;

import app.obzvon.handoff.StageResultsException.Problem;
import app.obzvon.importing.Field;
import app.obzvon.importing.ImportException;
import app.obzvon.importing.SourceOptions;
import app.obzvon.importing.TableFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A results file read whole (they are the next stage's leads, thousands at most): its columns
 * found by their headings, each row as the cells that matter. Read the way imports read files.
 */
record ResultsFile(String name, List<Line> lines) {

    /** Words in the status column's heading ("Статус", "Stage", "Этап сделки"). */
    private static final List<String> STATUS_NAMES = List.of("статус", "status", "stage", "этап");

    /** One data row: where it is in the file, and its cells ("" when blank or missing). */
    record Line(long row, String phones, String taxId, String company, String status) {
    }

    /**
     * @throws StageResultsException when the file cannot be read or lacks a status column or a
     *                               column to find the company by
     */
    static ResultsFile read(Path file, SourceOptions options) {
        try (var table = TableFile.open(file, options)) {
            var header = table.header();
            int status = -1;
            int company = -1;
            int taxId = -1;
            var phones = new ArrayList<Integer>();
            for (int column = 0; column < header.size(); column++) {
                var name = header.get(column);
                // The status first: "Этап сделки" is the stage, not a company's name.
                if (status < 0 && STATUS_NAMES.stream().anyMatch(word -> TableFile.named(name, word))) {
                    status = column;
                    continue;
                }
                var field = TableFile.fieldNamed(name);
                if (field == Field.PHONE) {
                    phones.add(column);
                } else if (field == Field.COMPANY && company < 0) {
                    company = column;
                } else if (field == Field.TAX_ID && taxId < 0) {
                    taxId = column;
                }
            }
            if (status < 0) {
                throw new StageResultsException(Problem.NO_STATUS_COLUMN,
                        "No status column: name one Статус, Status, Stage or Этап", null);
            }
            if (phones.isEmpty() && company < 0 && taxId < 0) {
                throw new StageResultsException(Problem.NO_COMPANY_COLUMN,
                        "No column to find the company by: name one Телефон / Phone, Компания / Company or ИНН / Tax ID",
                        null);
            }
            var lines = new ArrayList<Line>();
            for (var row = table.next(); row != null; row = table.next()) {
                var numbers = new ArrayList<String>(phones.size());
                for (int column : phones) {
                    if (!row.cell(column).isEmpty()) {
                        numbers.add(row.cell(column));
                    }
                }
                lines.add(new Line(row.number(), String.join(", ", numbers), row.cell(taxId), row.cell(company),
                        row.cell(status)));
            }
            return new ResultsFile(file.getFileName().toString(), lines);
        } catch (ImportException e) {
            throw unreadable(e, options);
        }
    }

    /** The import's reading problems in the words of this feature. */
    private static StageResultsException unreadable(ImportException e, SourceOptions options) {
        return switch (e.problem()) {
            case EMPTY_FILE -> new StageResultsException(Problem.EMPTY_FILE, e.getMessage(), e);
            case OLD_EXCEL -> new StageResultsException(Problem.OLD_EXCEL, e.getMessage(), e);
            case NO_SUCH_SHEET -> new StageResultsException(Problem.NO_SUCH_SHEET, e.getMessage(), e, options.sheet());
            default -> new StageResultsException(Problem.UNREADABLE, e.getMessage(), e, e.getMessage());
        };
    }
}
