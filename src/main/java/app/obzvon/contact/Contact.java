package app.obzvon.contact;

import java.time.ZoneId;
import java.util.List;

/** A company in the base, with the person to talk to and the numbers to dial. */
public record Contact(
        long id,
        String company,
        String person,
        List<String> phones,
        String city,
        String region,
        ZoneId timeZone,
        CompanySize size,
        String category,
        String source,
        ContactState state) {

    public Contact {
        phones = List.copyOf(phones);
    }

    public ContactStatus status() {
        return state.status();
    }
}
