package app.obzvon.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One pass through a file on every core: a thread reads the rows, workers read them into contacts
 * (phone numbers are most of the work) and the caller gets them back in file order, batch by
 * batch, which it needs for "earlier in the file". At most a few batches are in memory at once.
 */
final class Pipeline implements AutoCloseable {

    private static final int BATCH_ROWS = 1_000;
    /** A batch also ends at this many characters, so rows with huge cells cannot fill the heap. */
    private static final long BATCH_CHARS = 4_000_000;
    private static final int BATCHES_AHEAD = 4;
    private static final Batch END = new Batch(List.of(), 1);

    /** Rows read into contacts, and how much of the file had been read after them. */
    record Batch(List<ReadRow> rows, double fraction) {
    }

    private final BlockingQueue<Future<Batch>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final ExecutorService workers;
    private final Thread reader;

    /** Starts reading at once; the pipeline closes the rows when done. */
    Pipeline(RowSource rows, RowReader rowReader) {
        int cores = Runtime.getRuntime().availableProcessors();
        workers = Executors.newFixedThreadPool(cores, task -> daemon(task, "obzvon-import-worker"));
        reader = daemon(() -> read(rows, rowReader), "obzvon-import-reader");
        reader.start();
    }

    /** The next batch in file order, or null after the last; a failure to read the file is thrown here. */
    Batch next() {
        try {
            var batch = batches.take().get();
            return batch == END ? null : batch;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("Reading the file failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Stops reading, whether or not the end was reached, and returns when the file is closed. */
    @Override
    public void close() {
        reader.interrupt();
        workers.shutdownNow();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(RowSource rows, RowReader rowReader) {
        try (rows) {
            boolean more = true;
            while (more) {
                var batch = new ArrayList<RawRow>(BATCH_ROWS);
                long chars = 0;
                RawRow row = null;
                while (batch.size() < BATCH_ROWS && chars < BATCH_CHARS && (row = rows.next()) != null) {
                    batch.add(row);
                    chars += row.length();
                }
                more = row != null;
                double fraction = rows.fraction();
                batches.put(workers.submit(() -> new Batch(batch.stream().map(rowReader::read).toList(), fraction)));
            }
            batches.put(CompletableFuture.completedFuture(END));
        } catch (InterruptedException e) {
            // Closed before the end: nobody waits for more.
        } catch (RuntimeException | Error e) {
            try {
                batches.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException closed) {
                // Closed meanwhile: nobody waits for the failure.
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        var thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
