package app.obzvon.common;

import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Runs work as one committed transaction: all of it is stored, or none of it. The work gets the
 * transaction's {@link Tx} and hands it to every repository and helper it calls; transactions do not
 * nest (work inside one passes its Tx on, it does not open another).
 */
public interface Transactions {

    <T> T inTransaction(Function<Tx, T> work);

    /**
     * As {@link #inTransaction(Function)}, for work that must not be lost once it returned: should
     * the commit be in doubt (the base's files replaced under it), {@code stored} is asked, with a Tx
     * of its own, whether the result is in the base, and the work runs again if it is not.
     */
    <T> T inTransaction(Function<Tx, T> work, BiPredicate<Tx, ? super T> stored);

    /**
     * Runs work that only reads, without the write lock a transaction takes: each of its statements
     * sees the base as last committed, so a long read (an import's look at every number) keeps no
     * other window waiting.
     */
    <T> T read(Function<Tx, T> work);

    /** Whether changes can be stored: not on a base opened read-only, which is for looking. */
    default boolean writable() {
        return true;
    }

    /**
     * Refuses a change before it starts on a base that cannot store it, with the same fault a write
     * would meet; for steps that would otherwise fail on something else first (a claim never taken).
     */
    default void requireWritable() {
    }
}
