package app.obzvon.importing;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Phone;

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

    /** The contact's local time follows its first number whose zone is known. */
    public String timeZone() {
        for (var phone : phones) {
            if (phone.timeZone() != null) {
                return phone.timeZone();
            }
        }
        return null;
    }
}
