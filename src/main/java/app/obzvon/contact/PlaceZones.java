package app.obzvon.contact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time zone of a company from its city or region, for numbers that carry none (Russian
 * mobiles: a +7 9xx number says nothing of where its owner sits). From {@code places.tsv}: every
 * federal subject with its common short names, and the main cities, in Russian and English.
 * The city is looked up first, being the more precise, then the region; each comma-separated part
 * of a cell is tried, so "г. Новосибирск, ул. Ленина, 1" is found too.
 */
public final class PlaceZones {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words that say what kind of place it is, not which: "г. Тверь", "Тверская обл.". */
    private static final Set<String> KIND_WORDS = Set.of("г", "гор", "город", "обл", "область", "край", "респ",
            "республика", "автономный", "автономная", "округ", "ао", "city", "oblast", "region", "krai", "kray",
            "republic", "of", "the");
    private static volatile PlaceZones shared;

    private final Map<String, ZoneId> cities;
    private final Map<String, ZoneId> regions;

    private PlaceZones(Map<String, ZoneId> cities, Map<String, ZoneId> regions) {
        this.cities = cities;
        this.regions = regions;
    }

    /** The table shipped with the app, read once. */
    public static PlaceZones shared() {
        var kept = shared;
        if (kept == null) {
            synchronized (PlaceZones.class) {
                if (shared == null) {
                    shared = load();
                }
                kept = shared;
            }
        }
        return kept;
    }

    private static PlaceZones load() {
        var cities = new HashMap<String, ZoneId>();
        var regions = new HashMap<String, ZoneId>();
        var zones = new HashMap<String, ZoneId>();
        try (var in = Objects.requireNonNull(PlaceZones.class.getResourceAsStream("places.tsv"), "places.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var cells = line.split("\t");
                var zone = zones.computeIfAbsent(cells[2].strip(), ZoneId::of);
                (cells[0].equals("city") ? cities : regions).put(key(cells[1]), zone);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlaceZones(Map.copyOf(cities), Map.copyOf(regions));
    }

    /** Every zone the table knows, west to east (by their offset now): the zones a queue may be narrowed to. */
    public java.util.List<ZoneId> zones() {
        var now = java.time.Instant.now();
        return java.util.stream.Stream.concat(cities.values().stream(), regions.values().stream()).distinct()
                .sorted(java.util.Comparator.comparing((ZoneId z) -> z.getRules().getOffset(now)).reversed()
                        .thenComparing(ZoneId::getId))
                .toList();
    }

    /** The zone of a company in this city and region (either may be blank), or null when neither is known. */
    public ZoneId zoneOf(String city, String region) {
        var zone = find(cities, city);
        if (zone == null) {
            zone = find(regions, region);
        }
        if (zone == null) {
            // A region column holding a city, or the other way round, is common in bought bases.
            zone = find(regions, city);
            if (zone == null) {
                zone = find(cities, region);
            }
        }
        return zone;
    }

    private static ZoneId find(Map<String, ZoneId> places, String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        for (var part : cell.split("[,;/]")) {
            var zone = places.get(key(part));
            if (zone != null) {
                return zone;
            }
        }
        return null;
    }

    /** Lower case, ё as е, only the words that name the place. */
    static String key(String name) {
        var words = NOT_LETTERS.split(name.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        var key = new StringBuilder();
        for (var word : words) {
            if (!word.isEmpty() && !KIND_WORDS.contains(word)) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(word);
            }
        }
        return key.toString();
    }
}
