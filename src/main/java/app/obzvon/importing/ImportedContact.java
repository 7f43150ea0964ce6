package app.obzvon.importing;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Phone;
import app.obzvon.contact.PlaceZones;

import java.util.List;

/** A contact read from a row of the file, ready to store: it has a company and at least one valid number. */
public record ImportedContact(
        String company,
        String person,
        String city,
        String region,
        String taxId,
        String email,
        String website,
        String category,
        CompanySize size,
        String source,
        List<Phone> phones,
        List<ExtraField> extras) {

    public ImportedContact {
        phones = List.copyOf(phones);
        extras = List.copyOf(extras);
    }

    public ImportedContact withPhones(List<Phone> kept) {
        return new ImportedContact(company, person, city, region, taxId, email, website, category, size, source, kept,
                extras);
    }

    /**
     * The contact's local time follows its first number whose zone is known; for mobiles, which
     * carry none, its city or region.
     */
    public String timeZone() {
        for (var phone : phones) {
            if (phone.timeZone() != null) {
                return phone.timeZone();
            }
        }
        var place = PlaceZones.shared().zoneOf(city, region);
        return place == null ? null : place.getId();
    }
}
