package app.obzvon.handoff;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.FileSaves;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Hands qualified leads to the next sales stage: picks them by criteria, writes them to a CSV or XLSX
 * file and records the batch, so "only new leads" never hands a contact over twice.
 *
 * <p>An export is all or nothing. The leads are read and recorded as a batch in one transaction while
 * another thread writes them to a temporary file beside the target; the temporary file is moved into
 * place as the last step of that transaction. If
 * anything fails (the folder, the disk, the database) the transaction rolls back, the temporary file is
 * deleted and a file already at the target stays as it was.
 *
 * <p>Days are whole days in the clock's time zone (the workstation's), and so are the times in the file.
 * Call it on the database thread; it writes the file on a thread of its own meanwhile, and the
 * {@link LeadTexts} functions are only called on the calling thread.
 */
public final class LeadExporter {

    private final Transactions transactions;
    private final LeadRepository leads;
    private final Clock clock;
    private final Access access;
    private final Audit audit;

    public LeadExporter(Transactions transactions, LeadRepository leads, Clock clock, Access access, Audit audit) {
        this.transactions = transactions;
        this.leads = leads;
        this.clock = clock;
        this.access = access;
        this.audit = audit;
    }

    /** The leads an export with these criteria would hand over, oldest call first (nothing is marked). */
    public List<Lead> preview(LeadCriteria criteria) {
        access.requireSupervisor();
        return transactions.read(tx -> {
            var found = new ArrayList<Lead>();
            find(tx, criteria, found::add);
            return found;
        });
    }

    private void find(Tx tx, LeadCriteria criteria, Consumer<Lead> each) {
        var zone = zone();
        leads.find(tx, criteria, criteria.fromInstant(zone), criteria.toInstantExclusive(zone), each);
    }

    /**
     * Writes the matching leads to {@code target} and records them as a batch handed over by the
     * supervisor signed in. When no lead matches, records nothing and writes no file.
     *
     * @param csv for {@link ExportFormat#CSV}; null means {@link CsvOptions#EXCEL}
     * @throws UncheckedIOException when the file cannot be written; then nothing is marked
     */
    public HandoverResult export(LeadCriteria criteria, ExportFormat format, CsvOptions csv, LeadTexts texts,
                                 Path target) {
        var me = access.requireSupervisor();
        var file = checkTarget(target);
        var moved = new boolean[1];
        try {
            // One transaction from the query to the move: the batch holds exactly the leads written,
            // even if another program changes the database meanwhile (the commit then fails instead).
            return transactions.inTransaction(tx -> {
                var temp = FileSaves.tempBeside(file);
                var words = texts.resolve();
                // The file is written on another thread as the leads are read, and while the batch is recorded.
                var pipe = new LeadPipe();
                var writing = new FutureTask<Void>(() -> {
                    write(pipe, format, csv, words, temp);
                    return null;
                });
                var writer = new Thread(writing, "lead-file-writer");
                writer.setDaemon(true);
                writer.start();
                try {
                    var found = new ArrayList<Lead>();
                    try {
                        find(tx, criteria, lead -> {
                            words.learn(lead);
                            found.add(lead);
                            pipe.add(lead);
                        });
                    } catch (RuntimeException | Error e) {
                        pipe.abort();
                        throw e;
                    }
                    pipe.close();
                    if (found.isEmpty()) {
                        return HandoverResult.nothingToHandOver();
                    }
                    if (writing.isDone()) {
                        awaitFile(writing, file); // failed already (no such folder...): do not mark in vain
                    }
                    var batch = leads.addBatch(tx, clock.instant(), me.id(), criteria.describe(zone()), found);
                    audit.record(tx, AuditAction.HANDOVER, file.getFileName().toString(), found.size());
                    awaitFile(writing, file);
                    FileSaves.moveIntoPlace(temp, file);
                    moved[0] = true;
                    return new HandoverResult(batch, file);
                } finally {
                    // Never delete the temporary file while the writer may still be creating it.
                    waitQuietly(writing);
                    FileSaves.deleteQuietly(temp);
                }
            });
        } catch (RuntimeException e) {
            if (moved[0]) {
                // The commit failed after the move: nothing is marked, so the file must not stay either.
                FileSaves.deleteQuietly(file);
            }
            throw e;
        }
    }

    /**
     * Writes a past batch again, the same leads in the same order, and marks nothing. The contacts'
     * details are today's (a company renamed since appears renamed).
     *
     * @throws NoSuchElementException when there is no such batch
     */
    public Handover exportAgain(long handoverId, ExportFormat format, CsvOptions csv, LeadTexts texts, Path target) {
        access.requireSupervisor();
        var file = checkTarget(target);
        var batch = transactions.read(tx -> leads.batch(tx, handoverId))
                .orElseThrow(() -> new NoSuchElementException("no batch " + handoverId));
        var rows = transactions.read(tx -> leads.inBatch(tx, handoverId));
        var temp = FileSaves.tempBeside(file);
        try {
            try {
                write(rows, format, csv, texts.resolve().learnAll(rows), temp);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
            // Audited before the file appears: a copy nobody knows of must not exist.
            transactions.inTransaction(tx -> {
                audit.record(tx, AuditAction.HANDOVER_AGAIN, "#" + batch.id() + " → " + file.getFileName(),
                        rows.size());
                return null;
            });
            FileSaves.moveIntoPlace(temp, file);
        } finally {
            FileSaves.deleteQuietly(temp);
        }
        return batch;
    }

    /** The batches handed over so far, the newest first. */
    public List<Handover> batches() {
        access.requireSupervisor();
        return transactions.read(leads::batches);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static Path checkTarget(Path target) {
        var file = target.toAbsolutePath().normalize();
        if (file.getFileName() == null || Files.isDirectory(file)) {
            throw new IllegalArgumentException("not a file name: " + target);
        }
        return file;
    }

    /** The whole file, forced to disk, so that once moved into place it survives a power cut. */
    private void write(Iterable<Lead> rows, ExportFormat format, CsvOptions csv, LeadTexts.Resolved words, Path temp)
            throws IOException {
        FileSaves.writeForced(temp, out -> LeadFiles.write(rows, format, csv == null ? CsvOptions.EXCEL : csv, words, zone(), out));
    }

    private static void awaitFile(FutureTask<Void> writing, Path file) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing " + file, e);
        } catch (ExecutionException e) {
            var cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("Cannot write " + file, io);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Cannot write " + file, cause);
        }
    }

    private static void waitQuietly(FutureTask<Void> writing) {
        boolean interrupted = false;
        while (true) {
            try {
                writing.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
