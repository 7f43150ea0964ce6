package app.obzvon.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where conversations end in the script: the step each one reached last, counted for the team and
 * per caller. A caller whose conversations end at the greeting far more often than the team's do
 * needs help there.
 */
public record Coaching(Map<String, Integer> team, Map<Long, Map<String, Integer>> byCaller) {

    /** One step: a caller's conversations that ended there and their share, beside the team's share. */
    public record Ending(String step, int calls, double share, double teamShare) {
    }

    /** A caller's endings beside the team's, the team's most common first; empty for one with none recorded. */
    public List<Ending> of(long callerId) {
        var own = byCaller.getOrDefault(callerId, Map.of());
        int ownTotal = own.values().stream().mapToInt(Integer::intValue).sum();
        int teamTotal = team.values().stream().mapToInt(Integer::intValue).sum();
        var steps = new TreeSet<>(team.keySet());
        steps.addAll(own.keySet());
        return steps.stream()
                .map(step -> new Ending(step, own.getOrDefault(step, 0), share(own.getOrDefault(step, 0), ownTotal),
                        share(team.getOrDefault(step, 0), teamTotal)))
                .sorted(Comparator.comparingDouble(Ending::teamShare).reversed()
                        .thenComparing(Comparator.comparingInt(Ending::calls).reversed())
                        .thenComparing(Ending::step))
                .toList();
    }

    private static double share(int count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }
}
