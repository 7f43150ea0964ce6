package app.obzvon.search;

import app.obzvon.contact.ContactStatus;

import java.time.ZoneId;

/**
 * A company a search found, with what a caller may see of it: no numbers (the card shows the one
 * to dial once it is opened), whose working list holds it, and its time zone for its local time.
 */
public record FoundContact(long id, String company, String person, String city, ContactStatus status, ZoneId zone,
                           String workedBy) {
}
