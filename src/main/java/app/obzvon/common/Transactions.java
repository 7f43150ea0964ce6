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
}
