package app.obzvon.handoff;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.Transactions;
import app.obzvon.contact.PhoneNumbers;
import app.obzvon.handoff.StageResultsException.Problem;
import app.obzvon.importing.SourceOptions;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The next stage's results: a file from stage 2 or 3 (company or phone, and a status) that moves
 * the leads handed over on to Deal, Deal support or Client, or back out as Refused, so the funnel
 * can be followed to money. A cold caller never sets these statuses; only such a file does.
 *
 * <p>The file is a CSV (; or , separated, UTF-8 or Windows-1251) or an XLSX sheet with a header row,
 * read as imports read files. Only companies handed over (or moved on by an earlier file) move, and
 * never backwards along Deal → Deal support → Client. Applying is all or nothing, in one
 * transaction with its audit row and the record of each change. Call it on the database thread.
 */
public final class StageResults {

    private final Transactions transactions;
    private final StageResultRepository results;
    private final Clock clock;
    private final Access access;
    private final Audit audit;

    public StageResults(Transactions transactions, StageResultRepository results, Clock clock, Access access,
                        Audit audit) {
        this.transactions = transactions;
        this.results = results;
        this.clock = clock;
        this.access = access;
        this.audit = audit;
    }

    /**
     * What applying the file would change now, and which rows it would skip and why. Writes nothing.
     *
     * @throws StageResultsException when the file cannot be read or lacks the columns it needs
     */
    public StageResultsSummary preview(Path file, SourceOptions options) {
        access.requireSupervisor();
        var read = ResultsFile.read(file, options);
        var plan = plan(options);
        return transactions.read(tx -> plan.plan(tx, read));
    }

    /**
     * Moves the companies the file names, all of them or, on any failure, none. When the file
     * changes nothing, nothing is written (no audit row either). The summary says what it changed.
     *
     * @throws StageResultsException when the file cannot be read or lacks the columns it needs
     */
    public StageResultsSummary apply(Path file, SourceOptions options) {
        var me = access.requireSupervisor();
        var plan = plan(options);
        // The file is read before the write lock is taken; the rows are matched inside the
        // transaction, against the base as it is when the change is written.
        var read = ResultsFile.read(file, options);
        return transactions.inTransaction(tx -> {
            var summary = plan.plan(tx, read);
            if (!summary.changes().isEmpty()) {
                results.move(tx, summary.changes(), clock.instant(), me.id(), read.name());
                audit.record(tx, AuditAction.STAGE_RESULTS, read.name(), summary.changes().size());
            }
            return summary;
        });
    }

    private ResultsPlan plan(SourceOptions options) {
        try {
            return new ResultsPlan(results, new PhoneNumbers(options.defaultRegion()));
        } catch (IllegalArgumentException e) {
            throw new StageResultsException(Problem.UNKNOWN_REGION, e.getMessage(), e, options.defaultRegion());
        }
    }
}
