package app.obzvon.common;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Runs work as one committed transaction: all of it is stored, or none of it. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * As {@link #inTransaction(Supplier)}, for work that must not be lost once it returned: should
     * the commit be in doubt (the base's files replaced under it), {@code stored} is asked whether
     * the result is in the base, and the work runs again if it is not.
     */
    <T> T inTransaction(Supplier<T> work, Predicate<? super T> stored);

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
