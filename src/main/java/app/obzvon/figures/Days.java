package app.obzvon.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Day by day in the clock's zone, every day of the period listed: the team's counts and each caller's who called. */
public record Days(List<LocalDate> days, List<Counts> team, Map<Long, List<Counts>> byCaller) {

    /** A caller's, one a day; all zero for one who made no call. */
    public List<Counts> caller(long callerId) {
        return byCaller.getOrDefault(callerId, Collections.nCopies(days.size(), Counts.ZERO));
    }

    /** These days followed by the next ones; a day both hold (a period ending inside it) is added up. */
    Days then(Days next) {
        boolean shared = !days.isEmpty() && !next.days.isEmpty() && days.get(days.size() - 1).equals(next.days.get(0));
        var all = new ArrayList<>(days);
        all.addAll(shared ? next.days.subList(1, next.days.size()) : next.days);
        var ids = new HashSet<>(byCaller.keySet());
        ids.addAll(next.byCaller.keySet());
        var byCallerBoth = new HashMap<Long, List<Counts>>();
        ids.forEach(id -> byCallerBoth.put(id, join(caller(id), next.caller(id), shared)));
        return new Days(List.copyOf(all), join(team, next.team, shared), Map.copyOf(byCallerBoth));
    }

    private static List<Counts> join(List<Counts> first, List<Counts> second, boolean shared) {
        var all = new ArrayList<>(first);
        if (shared) {
            all.set(all.size() - 1, all.get(all.size() - 1).plus(second.get(0)));
            all.addAll(second.subList(1, second.size()));
        } else {
            all.addAll(second);
        }
        return List.copyOf(all);
    }
}
