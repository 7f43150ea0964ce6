package app.obzvon.inbound;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TurnsTest {

    private static final Instant NINE = Instant.parse("2026-11-23T06:00:00Z");

    /** The team as the chooser sees it: who is on shift since when, and each caller's last request. */
    private static final class Team {
        final Map<Long, Instant> onShiftSince = new HashMap<>();
        final Map<Long, Instant> lastAt = new HashMap<>();
        final Map<Long, Long> lastId = new HashMap<>();
        final Map<Long, Integer> given = new HashMap<>();
        long requests;

        List<OnShift> onShift() {
            return onShiftSince.entrySet().stream().map(e -> new OnShift(e.getKey(), e.getValue(),
                    lastAt.get(e.getKey()), lastId.getOrDefault(e.getKey(), 0L))).toList();
        }

        Optional<Long> give(Instant at) {
            var next = Turns.next(onShift()).map(OnShift::callerId);
            next.ifPresent(caller -> {
                requests++;
                lastAt.put(caller, at);
                lastId.put(caller, requests);
                given.merge(caller, 1, Integer::sum);
            });
            return next;
        }
    }

    @Test
    void nobodyOnShiftTakesNothing() {
        assertEquals(Optional.empty(), Turns.next(List.of()));
    }

    @Test
    void theCallersOnShiftTakeTurnsInTheOrderTheyCame() {
        var team = new Team();
        team.onShiftSince.put(3L, NINE.plusSeconds(60));
        team.onShiftSince.put(1L, NINE);
        team.onShiftSince.put(2L, NINE.plusSeconds(120));
        var order = new ArrayList<Long>();
        for (int i = 0; i < 7; i++) {
            // Requests handed out in the same millisecond (a file) still go round.
            order.add(team.give(NINE.plusSeconds(600)).orElseThrow());
        }
        assertEquals(List.of(1L, 3L, 2L, 1L, 3L, 2L, 1L), order);
    }

    @Test
    void aCallerWhoComesOnShiftIsNextAndOneWhoGoesOffIsPassedOver() {
        var team = new Team();
        team.onShiftSince.put(1L, NINE);
        team.onShiftSince.put(2L, NINE);
        var at = NINE.plusSeconds(60);
        team.give(at);
        team.give(at.plusSeconds(60));
        team.give(at.plusSeconds(120));
        team.onShiftSince.put(3L, at.plusSeconds(150));
        assertEquals(Optional.of(3L), team.give(at.plusSeconds(180)), "just came on shift: next");
        team.onShiftSince.remove(2L);
        assertEquals(Optional.of(1L), team.give(at.plusSeconds(240)));
        assertEquals(Optional.of(3L), team.give(at.plusSeconds(300)), "2 is off shift: passed over");
        team.onShiftSince.put(2L, at.plusSeconds(330));
        assertEquals(Optional.of(2L), team.give(at.plusSeconds(360)), "back on shift, with the oldest last request");
    }

    /**
     * Thousands of requests while callers come on and off shift at random: each request goes to a
     * caller on shift, and while the same callers are on shift they take turns: nobody there has a
     * second request before each of the others has had one (their counts differ by one at most).
     */
    @Test
    void overManyRequestsItStaysFairWhileCallersComeAndGo() {
        var random = new Random(13);
        var team = new Team();
        var at = NINE;
        var sameTeam = new HashMap<Long, Integer>();
        int segments = 0;
        for (int request = 0; request < 5000; request++) {
            at = at.plus(Duration.ofSeconds(1 + random.nextInt(120)));
            if (random.nextInt(10) == 0) {
                long caller = 1 + random.nextInt(6);
                if (team.onShiftSince.remove(caller) == null) {
                    team.onShiftSince.put(caller, at);
                }
                sameTeam.clear();
                segments++;
            }
            var onShift = List.copyOf(team.onShiftSince.keySet());
            var next = team.give(at);
            if (onShift.isEmpty()) {
                assertTrue(next.isEmpty());
                continue;
            }
            assertTrue(onShift.contains(next.orElseThrow()), "a request goes to someone on shift");
            onShift.forEach(caller -> sameTeam.putIfAbsent(caller, 0));
            sameTeam.merge(next.get(), 1, Integer::sum);
            int most = sameTeam.values().stream().max(Integer::compare).orElseThrow();
            int least = sameTeam.values().stream().min(Integer::compare).orElseThrow();
            assertTrue(most - least <= 1, "turns among the same callers on shift: " + sameTeam);
        }
        assertTrue(segments > 300, "callers came and went " + segments + " times");
        // Over the whole run, everyone who came on shift had a share: nobody is starved.
        assertEquals(6, team.given.size());
        team.given.values().forEach(count -> assertTrue(count > 200, "a fair share: " + team.given));
    }
}
