package app.obzvon.contact;

import java.time.ZoneId;

/** What a supervisor corrects on a company's card: its names and place, its time zone, its status. */
public record Correction(String company, String person, String city, String region, ZoneId zone,
                         ContactStatus status) {

    public Correction {
        company = company == null ? "" : company.strip();
        if (company.isEmpty() || company.length() > 500) {
            throw new IllegalArgumentException("a company needs a name of 1..500 characters");
        }
    }
}
