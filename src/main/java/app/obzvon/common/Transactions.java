package app.obzvon.common;

import java.util.function.Supplier;

/** Runs work as one committed transaction: all of it is stored, or none of it. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
