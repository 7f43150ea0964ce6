package app.obzvon.queue;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.ContactStatus;

import java.util.Set;

/**
 * Which contacts a queue holds: a saved filter over the base. An empty set or a null text means
 * "any". Contacts that may not be called (see {@link ContactStatus#CALLABLE}, do-not-call) never
 * come out of a queue whatever the filter says.
 */
public record QueueFilter(
        Set<ContactStatus> statuses,
        Set<CompanySize> sizes,
        String category,
        String region,
        String source,
        String timeZone) {

    public QueueFilter {
        statuses = Set.copyOf(statuses);
        sizes = Set.copyOf(sizes);
    }

    /** Any time zone. */
    public QueueFilter(Set<ContactStatus> statuses, Set<CompanySize> sizes, String category, String region,
                       String source) {
        this(statuses, sizes, category, region, source, null);
    }

    public static QueueFilter any() {
        return new QueueFilter(Set.of(), Set.of(), null, null, null, null);
    }
}
