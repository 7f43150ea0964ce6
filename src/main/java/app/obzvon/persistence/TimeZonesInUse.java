package app.obzvon.persistence;

import org.jooq.DSLContext;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import static app.obzvon.persistence.jooq.Tables.TIME_ZONES;

/**
 * The time zones the base's companies are in (table {@code time_zones}), kept as companies are
 * written: the dispenser checks calling hours against these few, not every zone in the world.
 */
final class TimeZonesInUse {

    private TimeZonesInUse() {
    }

    static void add(DSLContext dsl, Collection<String> zones) {
        for (var zone : zones) {
            if (zone != null) {
                dsl.insertInto(TIME_ZONES, TIME_ZONES.ZONE).values(zone).onConflictDoNothing().execute();
            }
        }
    }

    static Set<String> all(DSLContext dsl) {
        return dsl.select(TIME_ZONES.ZONE).from(TIME_ZONES).fetch(r -> r.value1()).stream().collect(Collectors.toSet());
    }
}
