package app.obzvon.queue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

/**
 * Which time zones a queue may call into at one moment. Kept as the zones that are closed, so a
 * zone nobody thought of is never silently left out; a contact with no known zone is taken to be
 * in the office's ({@code unknownOpen}).
 */
public record OpenZones(List<String> closed, boolean unknownOpen) {

    /** Every zone a contact can have: the region-based ids (Europe/Moscow, Asia/Kamchatka, …). */
    private static final List<ZoneId> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().map(ZoneId::of).toList();

    public static final OpenZones ALL_OPEN = new OpenZones(List.of(), true);

    public OpenZones {
        closed = List.copyOf(closed);
    }

    public static OpenZones at(Instant now, CallingHours hours, ZoneId office) {
        var closed = new TreeSet<String>();
        for (var zone : ALL) {
            if (!hours.isOpen(now, zone)) {
                closed.add(zone.getId());
            }
        }
        return new OpenZones(List.copyOf(closed), hours.isOpen(now, office));
    }

    public boolean allOpen() {
        return closed.isEmpty() && unknownOpen;
    }

    /** Nothing anywhere may be called (a night, a weekend): no need to look. */
    public boolean allClosed() {
        return !unknownOpen && closed.size() == ALL.size();
    }

    public boolean isOpen(ZoneId zone) {
        return !closed.contains(zone.getId());
    }
}
