package app.obzvon.contact;

import java.time.ZoneId;
import java.util.List;

/** A company about to enter the base (from demo data now, from imports later). */
public record NewContact(
        String company,
        String person,
        List<String> phones,
        String city,
        String region,
        ZoneId timeZone,
        CompanySize size,
        String category,
        String source) {

    public NewContact {
        phones = List.copyOf(phones);
    }
}
