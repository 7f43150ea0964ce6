package app.obzvon.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds the quarter-hour tallies into per-caller, per-hour and per-day figures in one zone. */
final class Sums {

    private Sums() {
    }

    static Map<Long, Counts> byCaller(List<Tally> tallies) {
        var sums = new LinkedHashMap<Long, Counts>();
        tallies.forEach(t -> sums.merge(t.callerId(), t.counts(), Counts::plus));
        return sums;
    }

    static Counts total(List<Tally> tallies) {
        return tallies.stream().map(Tally::counts).reduce(Counts.ZERO, Counts::plus);
    }

    static Hours hours(List<Tally> tallies, ZoneId zone) {
        var team = new ArrayList<>(Hours.NONE);
        var byCaller = new HashMap<Long, List<Integer>>();
        for (var t : tallies) {
            int hour = t.slot().atZone(zone).getHour();
            team.set(hour, team.get(hour) + t.counts().calls());
            var own = byCaller.computeIfAbsent(t.callerId(), id -> new ArrayList<>(Hours.NONE));
            own.set(hour, own.get(hour) + t.counts().calls());
        }
        return new Hours(List.copyOf(team), Map.copyOf(byCaller));
    }

    /** Every day from the one {@code from} falls on to the one the period's last moment falls on. */
    static Days days(List<Tally> tallies, Instant from, Instant to, ZoneId zone) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.minusMillis(1).atZone(zone).toLocalDate();
        var days = first.datesUntil(last.plusDays(1)).toList();
        var team = new ArrayList<>(Collections.nCopies(days.size(), Counts.ZERO));
        var byCaller = new HashMap<Long, List<Counts>>();
        for (var t : tallies) {
            // A period starting inside a quarter hour has its first slice begin the moment before.
            int day = (int) Math.max(0, t.slot().atZone(zone).toLocalDate().toEpochDay() - first.toEpochDay());
            team.set(day, team.get(day).plus(t.counts()));
            var own = byCaller.computeIfAbsent(t.callerId(), id -> new ArrayList<>(Collections.nCopies(days.size(),
                    Counts.ZERO)));
            own.set(day, own.get(day).plus(t.counts()));
        }
        byCaller.replaceAll((id, list) -> List.copyOf(list));
        return new Days(days, List.copyOf(team), Map.copyOf(byCaller));
    }
}
