package app.obzvon.importing;

import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.contact.PhoneNumbers;
import app.obzvon.importing.ImportException.Problem;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueRepository;
import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Loads a cold base from a CSV or XLSX file: shows its start with a guessed mapping, counts what
 * an import would do, imports it in one transaction, and saves the rows it leaves out. The file
 * is only ever read. Methods that read the base belong on the database thread.
 *
 * <p>A wizard calls {@link #preview}, then {@link #analyze} to show the summary, then
 * {@link #importFile}; the command line may call {@link #importFile} alone, which counts as it writes.
 */
public final class Importer {

    public static final int PREVIEW_ROWS = 20;

    private final Transactions transactions;
    private final ImportRepository imports;
    private final QueueRepository queues;
    private final Clock clock;
    private final Access access;
    private final Audit audit;

    public Importer(Transactions transactions, ImportRepository imports, QueueRepository queues, Clock clock,
                    Access access, Audit audit) {
        this.transactions = transactions;
        this.imports = imports;
        this.queues = queues;
        this.clock = clock;
        this.access = access;
        this.audit = audit;
    }

    /** The sheets of an XLSX file, for the user to pick one; none for a CSV file. */
    public List<String> sheets(Path file) {
        access.requireSupervisor();
        return SourceFile.inspect(file, SourceOptions.detect()).sheets();
    }

    /**
     * The file as it would be read: its format, encoding, delimiter and header as detected or
     * given, its first rows, and the guessed mapping.
     */
    public Preview preview(Path file, SourceOptions options) {
        access.requireSupervisor();
        var phones = phoneNumbers(options);
        var source = SourceFile.inspect(file, options);
        try (var table = Table.open(source.openForPreview(), options.hasHeader(), phones)) {
            var rows = table.firstRows(PREVIEW_ROWS).stream().map(RawRow::cells).toList();
            int width = Math.max(table.width(), rows.stream().mapToInt(List::size).max().orElse(0));
            var padded = rows.stream().map(row -> padded(row, width)).toList();
            return new Preview(source.format(), source.encoding(), source.delimiter(), source.sheets(), source.sheet(),
                    table.hasHeader(), IntStream.range(0, width).mapToObj(table::columnName).toList(), padded,
                    ColumnGuess.guess(table.header(), padded, width, phones));
        }
    }

    /** What an import of the file would do, against the base as it is now. Writes nothing. */
    public ImportSummary analyze(Path file, SourceOptions options, Mapping mapping, Progress progress) {
        access.requireSupervisor();
        var plan = plan(file, options, mapping);
        return pass(plan, transactions.read(tx -> tally(tx, plan)), progress, new RowSink() {
        });
    }

    /**
     * Imports the file in one transaction: all its new contacts, or, after a failure or a cancel,
     * nothing at all. When the file has nothing to import nothing is written either (no import
     * record, no new queue); the result's summary says why.
     */
    public ImportResult importFile(Path file, SourceOptions options, Mapping mapping, QueueTarget target,
                                   Progress progress) {
        var me = access.requireSupervisor();
        var plan = plan(file, options, mapping);
        try {
            return transactions.inTransaction(tx -> {
                // The import's record comes first: it takes the write lock before the base is read.
                try (var writer = imports.start(tx, plan.fileName(), clock.instant(), me.id())) {
                    Long queueId = queueFor(tx, target);
                    var summary = pass(plan, tally(tx, plan), progress, new RowSink() {
                        @Override
                        public void add(ImportedContact contact) {
                            writer.add(contact);
                        }
                    });
                    if (summary.toImport() == 0) {
                        throw new NothingToImport(summary);
                    }
                    var result = new ImportResult(writer.finish(summary, queueId), queueId, summary);
                    audit.record(tx, AuditAction.IMPORT, plan.fileName(), summary.toImport());
                    return result;
                }
            });
        } catch (NothingToImport nothing) {
            return new ImportResult(null, null, nothing.summary);
        }
    }

    /**
     * Saves every row an import would leave out (duplicates too) to a CSV file, the reason first.
     * Call it before the import: afterwards the imported rows would count as duplicates in the base.
     *
     * @param reasonColumn the reason column's title, in the user's language
     * @param reasonText   a reason in the user's language
     * @return how many rows were saved
     */
    public int saveRejected(Path file, SourceOptions options, Mapping mapping, Path out, String reasonColumn,
                            Function<RejectReason, String> reasonText, Progress progress) {
        access.requireSupervisor();
        var plan = plan(file, options, mapping);
        try (var csv = new RejectedCsv(file, out, reasonColumn, reasonText)) {
            pass(plan, transactions.read(tx -> tally(tx, plan)), progress, csv);
            return csv.keep();
        }
    }

    /** A file to read in full, with the mapping and the numbers' region checked first. */
    private record Plan(SourceFile source, SourceOptions options, Mapping mapping, PhoneNumbers phones) {

        String fileName() {
            return source.path().getFileName().toString();
        }
    }

    private static Plan plan(Path file, SourceOptions options, Mapping mapping) {
        var phones = phoneNumbers(options);
        checkMapping(mapping);
        return new Plan(SourceFile.inspect(file, options), options, mapping, phones);
    }

    /** The base's numbers and the do-not-call list, which the file's rows are sorted against. */
    private Tally tally(Tx tx, Plan plan) {
        return new Tally(imports.numbersInBase(tx, plan.phones()), imports.doNotCall(tx));
    }

    /** Reads the whole file and sorts each row, in file order, against the base; the sink gets every row. */
    private ImportSummary pass(Plan plan, Tally tally, Progress progress, RowSink sink) {
        try (var table = Table.open(plan.source().open(progress), plan.options().hasHeader(), plan.phones())) {
            sink.start(table);
            var rowReader = new RowReader(plan.mapping(), table::columnName, plan.phones(), plan.fileName());
            try (var pipeline = new Pipeline(table, rowReader)) {
                for (var batch = pipeline.next(); batch != null; batch = pipeline.next()) {
                    if (progress.cancelled()) {
                        throw new CancelledException();
                    }
                    for (var row : batch.rows()) {
                        if (!row.isBlank()) {
                            var sorted = tally.sort(row);
                            if (sorted.reason() == null) {
                                sink.add(sorted.contact());
                            } else {
                                sink.leftOut(row.raw(), sorted.reason());
                            }
                        }
                    }
                    progress.update(batch.fraction());
                }
            }
        }
        progress.update(1);
        return tally.summary();
    }

    private Long queueFor(Tx tx, QueueTarget target) {
        if (target instanceof QueueTarget.Existing existing) {
            if (queues.all(tx).stream().noneMatch(queue -> queue.id() == existing.queueId())) {
                throw new ImportException(Problem.NO_SUCH_QUEUE, "The chosen queue no longer exists");
            }
            return existing.queueId();
        }
        if (target instanceof QueueTarget.New created) {
            return queues.add(tx, NewQueue.ofMembers(created.name(), CallQueue.DEFAULT_TARGET)).id();
        }
        return null;
    }

    private static PhoneNumbers phoneNumbers(SourceOptions options) {
        try {
            return new PhoneNumbers(options.defaultRegion());
        } catch (IllegalArgumentException e) {
            throw new ImportException(Problem.UNKNOWN_REGION, e.getMessage());
        }
    }

    private static void checkMapping(Mapping mapping) {
        if (!mapping.maps(Field.PHONE)) {
            throw new ImportException(Problem.NO_PHONE_COLUMN, "No column is chosen as the phone");
        }
        if (!mapping.maps(Field.COMPANY) && !mapping.maps(Field.PERSON)) {
            throw new ImportException(Problem.NO_NAME_COLUMN,
                    "No column is chosen as the company or the contact person");
        }
    }

    private static List<String> padded(List<String> row, int width) {
        var cells = new ArrayList<>(row);
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }

    /** Rolls back an import that found nothing to import, so it leaves no trace. */
    private static final class NothingToImport extends RuntimeException {

        private final transient ImportSummary summary;

        NothingToImport(ImportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }
}
