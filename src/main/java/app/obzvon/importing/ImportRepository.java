package app.obzvon.importing;

import app.obzvon.common.Tx;
import app.obzvon.contact.PhoneNumbers;
import com.carrotsearch.hppc.LongHashSet;

import java.time.Instant;

/** Where imports are stored. */
public interface ImportRepository {

    /** Every number in the base as E.164 digits; numbers stored before E.164 was kept are read with {@code phones}. */
    LongHashSet numbersInBase(Tx tx, PhoneNumbers phones);

    /** The do-not-call list as E.164 digits: numbers dropped from every imported row. */
    LongHashSet doNotCall(Tx tx);

    /**
     * Records a new import and returns the writer for its contacts. Call it inside a transaction
     * before reading the base: the record takes the write lock, so the ids the writer hands out
     * stay free until the end.
     */
    ImportWriter start(Tx tx, String fileName, Instant startedAt, long callerId);
}
