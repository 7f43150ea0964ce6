package app.obzvon.contact;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A company's zone from its city or region, as bought bases write them. */
class PlaceZonesTest {

    final PlaceZones places = PlaceZones.shared();

    @Test
    void aCityAsWrittenGivesItsZone() {
        assertEquals(ZoneId.of("Asia/Novosibirsk"), places.zoneOf("Новосибирск", null));
        assertEquals(ZoneId.of("Asia/Novosibirsk"), places.zoneOf("г. Новосибирск, ул. Ленина, 1", ""));
        assertEquals(ZoneId.of("Asia/Kamchatka"), places.zoneOf("Петропавловск-Камчатский", null));
        assertEquals(ZoneId.of("Europe/Kaliningrad"), places.zoneOf("Kaliningrad", null));
        assertEquals(ZoneId.of("Asia/Yekaterinburg"), places.zoneOf("ЕКАТЕРИНБУРГ", null));
    }

    @Test
    void withoutACityTheRegionDecidesInAnyOfItsUsualSpellings() {
        assertEquals(ZoneId.of("Asia/Novosibirsk"), places.zoneOf(null, "Новосибирская обл."));
        assertEquals(ZoneId.of("Asia/Novosibirsk"), places.zoneOf("", "Новосибирская область"));
        assertEquals(ZoneId.of("Asia/Vladivostok"), places.zoneOf("пос. Тихий", "Приморский край"));
        assertEquals(ZoneId.of("Asia/Yakutsk"), places.zoneOf(null, "Республика Саха (Якутия)"));
        assertEquals(ZoneId.of("Asia/Yekaterinburg"), places.zoneOf(null, "ХМАО"));
        assertEquals(ZoneId.of("Europe/Moscow"), places.zoneOf("Химки", "Московская обл."));
    }

    @Test
    void aCityInTheRegionColumnIsFoundToo() {
        assertEquals(ZoneId.of("Asia/Omsk"), places.zoneOf(null, "Омск"));
    }

    @Test
    void anUnknownPlaceHasNoZone() {
        assertNull(places.zoneOf("Нигдегорск", "Тридевятая область"));
        assertNull(places.zoneOf(null, null));
    }

    @Test
    void theTableCoversEveryRussianZoneFromKaliningradToKamchatka() throws Exception {
        var zones = new HashSet<String>();
        try (var in = PlaceZones.class.getResourceAsStream("places.tsv")) {
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    zones.add(ZoneId.of(line.split("\t")[2].strip()).getRules()
                            .getOffset(java.time.Instant.parse("2026-11-23T00:00:00Z")).getId());
                }
            }
        }
        for (int hours = 2; hours <= 12; hours++) {
            assertTrue(zones.contains(String.format("+%02d:00", hours)), "UTC+" + hours);
        }
    }
}
