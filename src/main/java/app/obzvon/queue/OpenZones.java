package app.obzvon.queue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which time zones a queue may call into at one moment, among the zones the base's companies are
 * in. Kept as the zones that are closed, so a zone the list does not know yet (a company written a
 * moment ago) is never silently left out; a contact with no known zone is taken to be in the
 * office's ({@code unknownOpen}).
 */
public record OpenZones(List<String> closed, boolean unknownOpen, boolean allClosed) {

    public static final OpenZones ALL_OPEN = new OpenZones(List.of(), true, false);

    public OpenZones {
        closed = List.copyOf(closed);
    }

    /** @param inUse the zones the base's companies are in */
    public static OpenZones at(Instant now, CallingHours hours, ZoneId office, Set<String> inUse) {
        var closed = new TreeSet<String>();
        for (var zone : inUse) {
            if (!hours.isOpen(now, ZoneId.of(zone))) {
                closed.add(zone);
            }
        }
        boolean unknownOpen = hours.isOpen(now, office);
        return new OpenZones(List.copyOf(closed), unknownOpen, !unknownOpen && closed.size() == inUse.size());
    }

    public boolean allOpen() {
        return closed.isEmpty() && unknownOpen;
    }

    public boolean isOpen(ZoneId zone) {
        return !closed.contains(zone.getId());
    }
}
