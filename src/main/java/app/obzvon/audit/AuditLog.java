package app.obzvon.audit;

import app.obzvon.common.FileSaves;
import app.obzvon.common.SpreadsheetText;
import app.obzvon.common.Transactions;
import app.obzvon.access.Access;
import org.dhatim.fastexcel.Workbook;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** The supervisor's view of the audit log: read with filters, saved as XLSX. */
public final class AuditLog {

    /** Rows a window shows at once; the file has them all. */
    public static final int SHOWN = 1_000;

    private final Transactions transactions;
    private final AuditRepository repository;
    private final Audit audit;
    private final Access access;

    public AuditLog(Transactions transactions, AuditRepository repository, Audit audit, Access access) {
        this.transactions = transactions;
        this.repository = repository;
        this.audit = audit;
        this.access = access;
    }

    public List<AuditEntry> find(AuditFilter filter) {
        access.requireSupervisor();
        return transactions.read(tx -> repository.find(tx, filter, SHOWN));
    }

    /**
     * Saves the rows the filter selects as a spreadsheet. {@code texts} names an action and a
     * heading in the supervisor's language. Saving it is itself audited, once the file is whole;
     * the file is written outside any transaction, so no window waits on the disk for it.
     */
    public int save(AuditFilter filter, Path file, ZoneId zone, Function<String, String> texts) {
        access.requireSupervisor();
        var rows = transactions.read(tx -> repository.find(tx, filter, Integer.MAX_VALUE));
        FileSaves.save(file, out -> {
            var workbook = new Workbook(out, "Obzvon", "1.0");
            var sheet = workbook.newWorksheet(texts.apply("audit.sheet"));
            var headings = List.of("audit.column.at", "audit.column.person", "audit.column.action",
                    "audit.column.subject", "audit.column.count");
            for (int c = 0; c < headings.size(); c++) {
                sheet.value(0, c, texts.apply(headings.get(c)));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (var row : rows) {
                sheet.value(r, 0, LocalDateTime.ofInstant(row.at(), zone));
                sheet.style(r, 0).format("yyyy-mm-dd hh:mm:ss").set();
                sheet.value(r, 1, row.personName() == null ? "" : SpreadsheetText.neutralized(row.personName()));
                sheet.value(r, 2, texts.apply("audit.action." + row.action().key()));
                sheet.value(r, 3, row.subject() == null ? "" : SpreadsheetText.neutralized(row.subject()));
                if (row.count() != null) {
                    sheet.value(r, 4, row.count());
                }
                r++;
            }
            workbook.finish();
        });
        transactions.inTransaction(tx -> {
            audit.record(tx, AuditAction.AUDIT_SAVED, file.getFileName().toString(), rows.size());
            return null;
        });
        return rows.size();
    }
}
