package app.obzvon.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the figures say about [from, to): each caller who called (by name), the team's sum,
 * calls per hour of the day, the days one by one, the funnel and where conversations ended.
 */
public record Period(Instant from, Instant to, List<CallerCounts> callers, Counts team, Hours hours, Days days,
                     Funnel funnel, Coaching coaching) {

    /**
     * This period and the one right after it as one: the days before today read once, and today
     * read live, make the week. The two may share a day only when {@code next} starts inside it.
     */
    public Period then(Period next) {
        if (!next.from.equals(to)) {
            throw new IllegalArgumentException("not the next period: " + to + " then " + next.from);
        }
        var byCaller = new LinkedHashMap<Long, CallerCounts>();
        for (var c : callers) {
            byCaller.put(c.callerId(), c);
        }
        for (var c : next.callers) {
            byCaller.merge(c.callerId(), c, (a, b) -> new CallerCounts(a.callerId(), a.name(), a.counts().plus(b.counts())));
        }
        var merged = byCaller.values().stream()
                .sorted(Comparator.comparing(CallerCounts::name).thenComparing(CallerCounts::callerId)).toList();
        var f = funnel;
        var g = next.funnel;
        return new Period(from, next.to, merged, team.plus(next.team), plus(hours, next.hours), days.then(next.days),
                new Funnel(f.calls() + g.calls(), f.conversations() + g.conversations(), f.leads() + g.leads(),
                        f.meetings() + g.meetings(), f.handedOver() + g.handedOver(), f.deals() + g.deals()),
                plus(coaching, next.coaching));
    }

    private static Hours plus(Hours a, Hours b) {
        var byCaller = new HashMap<>(a.byCaller());
        b.byCaller().forEach((id, hours) -> byCaller.merge(id, hours, Period::plus));
        return new Hours(plus(a.team(), b.team()), Map.copyOf(byCaller));
    }

    private static List<Integer> plus(List<Integer> a, List<Integer> b) {
        var sum = new ArrayList<Integer>(a.size());
        for (int i = 0; i < a.size(); i++) {
            sum.add(a.get(i) + b.get(i));
        }
        return List.copyOf(sum);
    }

    private static Coaching plus(Coaching a, Coaching b) {
        var team = new HashMap<>(a.team());
        b.team().forEach((step, n) -> team.merge(step, n, Integer::sum));
        var byCaller = new HashMap<>(a.byCaller());
        b.byCaller().forEach((id, steps) -> byCaller.merge(id, steps, (x, y) -> {
            var both = new HashMap<>(x);
            y.forEach((step, n) -> both.merge(step, n, Integer::sum));
            return Map.copyOf(both);
        }));
        return new Coaching(Map.copyOf(team), Map.copyOf(byCaller));
    }
}
