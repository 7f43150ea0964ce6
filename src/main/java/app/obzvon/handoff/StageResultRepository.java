package app.obzvon.handoff;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;

/** Finds the companies a results file names, and records what the file changed. */
public interface StageResultRepository {

    /** Where a company stands: its status as stored, and whether a hand-over batch holds it. */
    record Standing(long contactId, String company, String taxId, ContactStatus status, boolean handedOver) {

        /** The status as the card shows it: a Qualified company in a batch reads as Handed over. */
        public ContactStatus shown() {
            return handedOver && status == ContactStatus.QUALIFIED ? ContactStatus.HANDED_OVER : status;
        }
    }

    /** The companies that have each of these numbers (E.164, "+74951234567"); a number no one has is left out. */
    Map<String, Set<Long>> byPhone(Tx tx, Collection<String> e164);

    /** The companies with each of these tax ids, exactly as stored; a tax id no one has is left out. */
    Map<String, Set<Long>> byTaxId(Tx tx, Collection<String> taxIds);

    /**
     * Every company's id and name, one by one. Names are compared in Java: SQLite's lower() and
     * NOCASE know only ASCII, and "ООО Ромашка" must find "ооо ромашка".
     */
    void eachCompany(Tx tx, ObjLongConsumer<String> each);

    /** Where each of these companies stands; an id not in the base is left out. */
    Map<Long, Standing> standing(Tx tx, Collection<Long> contactIds);

    /**
     * Sets each company's status (counting a new version of its state, so an undo of an older call
     * no longer applies) and records each change as the file's.
     */
    void move(Tx tx, List<StageResultsSummary.Change> changes, Instant at, long callerId, String fileName);
}
