package app.obzvon.handoff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Leads handed from the thread that reads them to the thread that writes the file, in chunks. The
 * queue is unbounded, so the reader never waits on a writer that has failed.
 */
final class LeadPipe implements Iterable<Lead> {

    private static final int CHUNK = 1_000;
    private static final List<Lead> END = List.of();
    private static final List<Lead> ABORT = new ArrayList<>(0);

    private final LinkedBlockingQueue<List<Lead>> queue = new LinkedBlockingQueue<>();
    private List<Lead> chunk = new ArrayList<>(CHUNK);
    private int count;

    /** On the reading thread. */
    void add(Lead lead) {
        chunk.add(lead);
        count++;
        if (chunk.size() == CHUNK) {
            queue.add(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }

    /** On the reading thread: every lead is in. */
    void close() {
        if (!chunk.isEmpty()) {
            queue.add(chunk);
        }
        queue.add(END);
    }

    /** On the reading thread: reading failed; the writer stops at once. */
    void abort() {
        queue.add(ABORT);
    }

    /** On the reading thread. */
    int count() {
        return count;
    }

    /** On the writing thread, once: the leads as they come, until {@link #close}. */
    @Override
    public Iterator<Lead> iterator() {
        return new Iterator<>() {
            private Iterator<Lead> current = List.<Lead>of().iterator();
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !ended) {
                    List<Lead> next;
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("interrupted while waiting for leads");
                    }
                    if (next == ABORT) {
                        throw new CancellationException("reading the leads failed");
                    }
                    ended = next == END;
                    current = next.iterator();
                }
                return current.hasNext();
            }

            @Override
            public Lead next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
