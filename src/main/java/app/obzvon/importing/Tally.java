package app.obzvon.importing;

import com.carrotsearch.hppc.LongHashSet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts the rows, in file order, into those to import, duplicates and rejects, and counts them.
 * Numbers are kept as E.164 digits in primitive sets: a million numbers take some 16 MB, not 100.
 */
final class Tally {

    private static final int SAMPLE_ROWS = 100;
    /** Cells of the sample rows are cut to this, so a hundred huge cells cannot fill the heap. */
    private static final int SAMPLE_CELL_CHARS = 1_000;

    private final LongHashSet inBase;
    private final LongHashSet doNotCall;
    private int doNotCallDropped;
    private final LongHashSet inFile = new LongHashSet();
    private final Map<RejectReason, Integer> reasons = new EnumMap<>(RejectReason.class);
    private final List<RejectedRow> firstRejected = new ArrayList<>();
    private int rowsRead;
    private int toImport;

    Tally(LongHashSet inBase, LongHashSet doNotCall) {
        this.inBase = inBase;
        this.doNotCall = doNotCall;
    }

    /** A row sorted: the contact to import (its do-not-call numbers dropped), or why it is left out. */
    record Sorted(ImportedContact contact, RejectReason reason) {
    }

    /**
     * Why the row is left out, or null to import it; then its numbers count as seen. A row with
     * one new number is imported whole; blank rows are not rows to sort.
     */
    Sorted sort(ReadRow row) {
        rowsRead++;
        var contact = row.reason() != null ? null : withoutDoNotCall(row.contact());
        var reason = row.reason() != null ? row.reason()
                : contact.phones().isEmpty() ? RejectReason.DO_NOT_CALL : duplicate(contact);
        if (reason == null) {
            contact.phones().forEach(phone -> inFile.add(phone.digits()));
            toImport++;
        } else {
            reasons.merge(reason, 1, Integer::sum);
            if (firstRejected.size() < SAMPLE_ROWS) {
                var cells = row.raw().cells().stream()
                        .map(cell -> cell.length() > SAMPLE_CELL_CHARS ? cell.substring(0, SAMPLE_CELL_CHARS) : cell)
                        .toList();
                firstRejected.add(new RejectedRow(row.raw().number(), reason, cells));
            }
        }
        return new Sorted(reason == null ? contact : null, reason);
    }

    /** The contact without its numbers on the do-not-call list: those are never dialled, nor stored as its. */
    private ImportedContact withoutDoNotCall(ImportedContact contact) {
        if (doNotCall.isEmpty() || contact.phones().stream().noneMatch(p -> doNotCall.contains(p.digits()))) {
            return contact;
        }
        var kept = contact.phones().stream().filter(p -> !doNotCall.contains(p.digits())).toList();
        doNotCallDropped += contact.phones().size() - kept.size();
        return contact.withPhones(kept);
    }

    ImportSummary summary() {
        int inFileCount = reasons.getOrDefault(RejectReason.DUPLICATE_IN_FILE, 0);
        int inBaseCount = reasons.getOrDefault(RejectReason.DUPLICATE_IN_BASE, 0);
        int rejected = reasons.entrySet().stream().filter(e -> !e.getKey().isDuplicate())
                .mapToInt(Map.Entry::getValue).sum();
        return new ImportSummary(rowsRead, toImport, inFileCount, inBaseCount, rejected, doNotCallDropped, reasons,
                firstRejected);
    }

    private RejectReason duplicate(ImportedContact contact) {
        boolean anyInBase = false;
        for (var phone : contact.phones()) {
            if (inBase.contains(phone.digits())) {
                anyInBase = true;
            } else if (!inFile.contains(phone.digits())) {
                return null;
            }
        }
        return anyInBase ? RejectReason.DUPLICATE_IN_BASE : RejectReason.DUPLICATE_IN_FILE;
    }
}
