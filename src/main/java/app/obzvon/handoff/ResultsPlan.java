package app.obzvon.handoff;

import app.obzvon.common.Tx;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.Phone;
import app.obzvon.contact.PhoneNumbers;
import app.obzvon.handoff.StageResultRepository.Standing;
import app.obzvon.handoff.StageResultsSummary.Change;
import app.obzvon.handoff.StageResultsSummary.Reason;
import app.obzvon.handoff.StageResultsSummary.SkippedRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches a results file's rows to companies and works out what it changes, against the base as it
 * is now. A row finds its company by phone (E.164), else by tax id, else by its exact name (any case)
 * when only one company has it; where several fit, the tax id and the name narrow them down.
 * Rows are taken in file order, each against the state the rows before it left.
 */
final class ResultsPlan {

    private final StageResultRepository repository;
    private final PhoneNumbers phoneNumbers;

    ResultsPlan(StageResultRepository repository, PhoneNumbers phoneNumbers) {
        this.repository = repository;
        this.phoneNumbers = phoneNumbers;
    }

    /** A row with its status read and its keys normalised. */
    private record Keys(ResultsFile.Line line, ContactStatus status, Set<String> phones, String tax, String name) {

        /** Nothing to look for: a number written but not valid still makes the row a "no match". */
        boolean empty() {
            return line.phones().isEmpty() && tax.isEmpty() && name.isEmpty();
        }
    }

    StageResultsSummary plan(Tx tx, ResultsFile file) {
        var rows = new ArrayList<Keys>();
        var phones = new HashSet<String>();
        var taxIds = new HashSet<String>();
        for (var line : file.lines()) {
            var numbers = new LinkedHashSet<String>();
            phoneNumbers.read(line.phones()).stream().map(Phone::e164).forEach(numbers::add);
            var keys = new Keys(line, StageStatuses.read(line.status()), numbers, taxKey(line.taxId()),
                    nameKey(line.company()));
            rows.add(keys);
            if (keys.status() != null) {
                phones.addAll(numbers);
                if (!line.taxId().isEmpty()) {
                    taxIds.add(line.taxId());
                    taxIds.add(keys.tax());
                }
            }
        }
        var byPhone = repository.byPhone(tx, phones);
        var byTax = new HashMap<String, Set<Long>>();
        repository.byTaxId(tx, taxIds).forEach((stored, ids) ->
                byTax.computeIfAbsent(taxKey(stored), k -> new HashSet<>()).addAll(ids));
        var candidates = new HashMap<Keys, Set<Long>>();
        var wantedNames = new HashSet<String>();
        for (var keys : rows) {
            if (keys.status() == null || keys.empty()) {
                continue;
            }
            var found = new HashSet<Long>();
            keys.phones().forEach(number -> found.addAll(byPhone.getOrDefault(number, Set.of())));
            if (found.isEmpty() && !keys.tax().isEmpty()) {
                found.addAll(byTax.getOrDefault(keys.tax(), Set.of()));
            }
            if (found.isEmpty() && !keys.name().isEmpty()) {
                wantedNames.add(keys.name());
            }
            candidates.put(keys, found);
        }
        var byName = byName(tx, wantedNames);
        var ids = new HashSet<Long>();
        candidates.values().forEach(ids::addAll);
        byName.values().forEach(ids::addAll);
        var standing = repository.standing(tx, ids);
        return decide(file, rows, candidates, byName, standing);
    }

    /** Every company named so, by the name's key; one pass over the names, only when some row needs it. */
    private Map<String, Set<Long>> byName(Tx tx, Set<String> wanted) {
        var found = new HashMap<String, Set<Long>>();
        if (!wanted.isEmpty()) {
            repository.eachCompany(tx, (company, id) -> {
                var key = nameKey(company);
                if (wanted.contains(key)) {
                    found.computeIfAbsent(key, k -> new HashSet<>()).add(id);
                }
            });
        }
        return found;
    }

    private StageResultsSummary decide(ResultsFile file, List<Keys> rows, Map<Keys, Set<Long>> candidates,
                                       Map<String, Set<Long>> byName, Map<Long, Standing> standing) {
        var skipped = new ArrayList<SkippedRow>();
        var planned = new LinkedHashMap<Long, ContactStatus>();
        var lastRow = new HashMap<Long, Long>();
        int matched = 0;
        int unchanged = 0;
        for (var keys : rows) {
            var line = keys.line();
            Reason reason;
            if (keys.status() == null) {
                reason = Reason.UNKNOWN_STATUS;
            } else if (keys.empty()) {
                reason = Reason.NOTHING_TO_MATCH;
            } else {
                var found = candidates.get(keys);
                if (found.isEmpty()) {
                    found = byName.getOrDefault(keys.name(), Set.of());
                }
                var one = narrowed(found, keys, standing);
                if (one == null) {
                    reason = found.isEmpty() ? Reason.NO_MATCH : Reason.AMBIGUOUS;
                } else {
                    matched++;
                    var company = standing.get(one);
                    var now = planned.getOrDefault(one, company.shown());
                    if (!StageStatuses.nextStages(company.status(), company.handedOver())) {
                        reason = Reason.NOT_HANDED_OVER;
                    } else {
                        switch (StageStatuses.move(now, keys.status())) {
                            case MOVE -> {
                                planned.put(one, keys.status());
                                lastRow.put(one, line.row());
                                reason = null;
                            }
                            case SAME -> {
                                unchanged++;
                                reason = null;
                            }
                            default -> reason = Reason.LATER_STAGE;
                        }
                    }
                }
            }
            if (reason != null) {
                skipped.add(new SkippedRow(line.row(), line.company(), line.phones(), line.taxId(), line.status(),
                        reason));
            }
        }
        var changes = new ArrayList<Change>();
        planned.forEach((id, to) -> {
            var company = standing.get(id);
            if (company.shown() != to) {
                changes.add(new Change(id, company.company(), company.shown(), to, lastRow.get(id)));
            }
        });
        return new StageResultsSummary(file.name(), rows.size(), matched, changes, unchanged, skipped);
    }

    /**
     * The one company among those found that the row names, or null: the tax id and then the name
     * narrow several down, where they fit any of them.
     */
    private static Long narrowed(Set<Long> found, Keys keys, Map<Long, Standing> standing) {
        var left = found.stream().filter(standing::containsKey).toList();
        if (left.size() > 1 && !keys.tax().isEmpty()) {
            var byTax = left.stream().filter(id -> keys.tax().equals(taxKey(standing.get(id).taxId()))).toList();
            left = byTax.isEmpty() ? left : byTax;
        }
        if (left.size() > 1 && !keys.name().isEmpty()) {
            var byName = left.stream().filter(id -> keys.name().equals(nameKey(standing.get(id).company()))).toList();
            left = byName.isEmpty() ? left : byName;
        }
        return left.size() == 1 ? left.get(0) : null;
    }

    /** A tax id by its digits ("7701 234567" is 7701234567); "" when there is none. */
    static String taxKey(String taxId) {
        if (taxId == null) {
            return "";
        }
        var digits = taxId.replaceAll("\\D", "");
        return digits.isEmpty() ? taxId.strip().toLowerCase(Locale.ROOT) : digits;
    }

    /** A company's name in any case, "ё" as "е", spaces collapsed; "" when there is none. */
    static String nameKey(String company) {
        if (company == null) {
            return "";
        }
        return company.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").strip();
    }
}
