package app.obzvon.contact;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A company in the base, with the person to talk to and the numbers to dial; {@code extraFields}
 * are the columns of an imported file that map to no field of ours, by column name, in file order.
 */
public record Contact(
        long id,
        String company,
        String person,
        List<ContactPhone> phones,
        String city,
        String region,
        ZoneId timeZone,
        CompanySize size,
        String category,
        String source,
        ContactState state,
        String taxId,
        String email,
        String website,
        Map<String, String> extraFields) {

    public Contact {
        phones = List.copyOf(phones);
        extraFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraFields));
    }

    public ContactStatus status() {
        return state.status();
    }

    /**
     * Whether the card was read with the company: on a team's server a caller's dispensing query sees
     * a company's state, its card only once it is theirs (claimed), so the next contact comes without
     * it until then. Always true on a file.
     */
    public boolean hasCard() {
        return company != null;
    }
}
