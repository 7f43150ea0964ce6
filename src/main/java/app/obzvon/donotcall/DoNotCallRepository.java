package app.obzvon.donotcall;

import app.obzvon.common.Tx;

import java.time.Instant;
import java.util.List;

/** The do-not-call list's table, and the companies' numbers it closes. Call inside a transaction to change. */
public interface DoNotCallRepository {

    /**
     * The newest numbers first, at most {@code limit}.
     *
     * @param prefixes beginnings of E.164 numbers to match ("+7916"); empty matches every number
     */
    List<ListedNumber> find(Tx tx, List<String> prefixes, int limit);

    /** How many numbers match, as {@link #find}. */
    int count(Tx tx, List<String> prefixes);

    /** Puts the number on the list; false when it was there already (nothing changes then). */
    boolean add(Tx tx, String e164, Source source, long personId, Instant at);

    /** Takes the number off the list; false when it was not on it. */
    boolean remove(Tx tx, String e164);

    /** Closes the number wherever the base has it; a company left with no number to dial closes too. */
    Closing closeEverywhere(Tx tx, String e164);

    /**
     * Opens again the number wherever the list closed it (a wrong number stays closed); a company the
     * list closed becomes callable again, one whose own call said "do not call" does not.
     */
    Closing reopenEverywhere(Tx tx, String e164);
}
