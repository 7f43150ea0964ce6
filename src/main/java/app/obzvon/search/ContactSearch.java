package app.obzvon.search;

import app.obzvon.access.Access;
import app.obzvon.common.Transactions;
import app.obzvon.contact.PhoneNumbers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds a company by its phone number or its name: for a prospect who calls back, and for a
 * supervisor looking a company up. A caller sees a few rows and no numbers: the base is the
 * company's, and a search must not become a way to copy it out.
 */
public final class ContactSearch {

    public static final int MIN_LENGTH = 3;
    public static final int CALLER_ROWS = 10;
    public static final int SUPERVISOR_ROWS = 100;

    private final Transactions transactions;
    private final SearchRepository repository;
    private final Access access;
    private PhoneNumbers numbers;

    public ContactSearch(Transactions transactions, SearchRepository repository, Access access) {
        this.transactions = transactions;
        this.repository = repository;
        this.access = access;
    }

    /** What was typed: a number in any usual form, or a part of the company's name (3 letters or more). */
    public List<FoundContact> find(String typed) {
        var me = access.requireSignedIn();
        var text = typed == null ? "" : typed.strip();
        if (text.length() < MIN_LENGTH) {
            return List.of();
        }
        int limit = me.isSupervisor() ? SUPERVISOR_ROWS : CALLER_ROWS;
        var phone = phone(text);
        return transactions.inTransaction(tx -> phone != null ? repository.byPhone(tx, phone, limit)
                : repository.byCompany(tx, spellings(text), limit));
    }

    /** The number in E.164 when what was typed is one (mostly digits, and valid), else null. */
    private String phone(String text) {
        long digits = text.chars().filter(Character::isDigit).count();
        if (digits < 7 || digits < text.replaceAll("[\\s()+\\-.]", "").length()) {
            return null;
        }
        if (numbers == null) {
            numbers = new PhoneNumbers(PhoneNumbers.DEFAULT_REGION);
        }
        return numbers.read(text).stream().findFirst().map(p -> p.e164()).orElse(null);
    }

    /**
     * As typed, in lower case, and capitalised: SQLite compares Cyrillic letters case-sensitively,
     * and names are written "Ромашка" while a caller types "ромашка".
     */
    static List<String> spellings(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        var set = new LinkedHashSet<String>();
        set.add(text);
        set.add(lower);
        set.add(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
        set.add(text.toUpperCase(Locale.ROOT));
        return List.copyOf(set);
    }
}
