package app.obzvon.donotcall;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.Transactions;
import app.obzvon.contact.PhoneNumbers;
import app.obzvon.importing.NumberFile;
import com.carrotsearch.hppc.LongHashSet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The do-not-call list, a supervisor's: the numbers never dialled, read, added by hand, taken off and
 * loaded from a file. A listed number is closed wherever the base has it, and a company left with no
 * number to dial closes with it; each change is one transaction with its audit row. Methods belong
 * on the database thread.
 */
public final class DoNotCallList {

    /** At most this many rows are shown; the count says how many match in all. */
    public static final int SHOWN = 500;

    private final Transactions transactions;
    private final DoNotCallRepository numbers;
    private final Access access;
    private final Audit audit;
    private final Clock clock;
    /** Loaded when first needed: libphonenumber's data is slow to load. */
    private PhoneNumbers phones;

    public DoNotCallList(Transactions transactions, DoNotCallRepository numbers, Access access, Audit audit,
                         Clock clock) {
        this.transactions = transactions;
        this.numbers = numbers;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The newest numbers first; {@code search} narrows them to those that begin with its digits,
     * written in any usual way ("8 916", "+7 916", "916 12"). Blank: every number.
     */
    public Listing list(String search) {
        access.requireSupervisor();
        var prefixes = prefixes(search);
        // Read outside a transaction: a read needs no write lock, and an add meanwhile shows at the next look.
        return transactions.read(tx -> new Listing(numbers.find(tx, prefixes, SHOWN).stream()
                .map(n -> new ListedNumber(n.e164(), shown(n.e164()), n.addedAt(), n.addedBy(), n.source(),
                        n.companies()))
                .toList(), numbers.count(tx, prefixes)));
    }

    /**
     * Puts a number on the list, typed in any usual Russian form ("8 (495) 123-45-67", "+7 916…").
     * Not a number: {@link NotANumberException}, and nothing changes. Already listed: nothing changes.
     */
    public Change add(String written) {
        var me = access.requireSupervisor();
        var phone = phones().first(written == null ? "" : written)
                .orElseThrow(() -> new NotANumberException(written == null ? "" : written.strip()));
        var e164 = phone.e164();
        return transactions.inTransaction(tx -> {
            if (!numbers.add(tx, e164, Source.SUPERVISOR, me.id(), clock.instant())) {
                return new Change(e164, shown(e164), false, Closing.NONE);
            }
            var closed = numbers.closeEverywhere(tx, e164);
            audit.record(tx, AuditAction.DNC_ADDED, e164, closed.phones());
            return new Change(e164, shown(e164), true, closed);
        });
    }

    /**
     * Takes a number off the list. Its numbers the list closed open again (a wrong number stays
     * closed); a company the list closed is callable again, one whose own call said "do not call" is not.
     */
    public Change remove(String e164) {
        access.requireSupervisor();
        return transactions.inTransaction(tx -> {
            if (!numbers.remove(tx, e164)) {
                return new Change(e164, shown(e164), false, Closing.NONE);
            }
            var opened = numbers.reopenEverywhere(tx, e164);
            audit.record(tx, AuditAction.DNC_REMOVED, e164, opened.phones());
            return new Change(e164, shown(e164), true, opened);
        });
    }

    /**
     * Loads a file of numbers (see {@link NumberFile}) in one transaction: every new number, or, after
     * a failure, none. Rows without a valid number are counted, not fatal; numbers written twice or
     * listed already are counted too. One audit row with the count added, when any was.
     */
    public ListImported importFile(Path file) {
        var me = access.requireSupervisor();
        var contents = NumberFile.read(file, phones());
        return transactions.inTransaction(tx -> {
            var now = clock.instant();
            var seen = new LongHashSet();
            int added = 0;
            int listed = 0;
            int repeated = 0;
            var closed = Closing.NONE;
            for (long digits : contents.numbers()) {
                if (!seen.add(digits)) {
                    repeated++;
                } else if (numbers.add(tx, "+" + digits, Source.IMPORT, me.id(), now)) {
                    added++;
                    closed = closed.plus(numbers.closeEverywhere(tx, "+" + digits));
                } else {
                    listed++;
                }
            }
            if (added > 0) {
                audit.record(tx, AuditAction.DNC_IMPORTED, contents.fileName(), added);
            }
            return new ListImported(contents.fileName(), contents.rows(), added, listed, repeated,
                    contents.withoutNumber(), closed);
        });
    }

    /** E.164 beginnings the typed digits may stand for: with the country code, after 8, or national. */
    static List<String> prefixes(String search) {
        var digits = search == null ? "" : search.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return List.of();
        }
        var prefixes = new LinkedHashSet<String>();
        prefixes.add("+" + digits);
        if (digits.startsWith("8") && digits.length() > 1) {
            prefixes.add("+7" + digits.substring(1));
        }
        prefixes.add("+7" + digits);
        return new ArrayList<>(prefixes);
    }

    private String shown(String e164) {
        return PhoneNumbers.international(e164);
    }

    private PhoneNumbers phones() {
        if (phones == null) {
            phones = new PhoneNumbers(PhoneNumbers.DEFAULT_REGION);
        }
        return phones;
    }
}
