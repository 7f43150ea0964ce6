package app.obzvon.figures;

import app.obzvon.access.Access;
import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.settings.Settings;
import app.obzvon.team.CallerTarget;
import app.obzvon.team.PersonRepository;
import app.obzvon.team.TargetRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The supervisor's read of the team: the live day ({@link #today()}) and any period
 * ({@link #period}), for the dashboard and the reports. Days and hours are the clock's zone's.
 * Reads only: no write lock is taken, so the callers' rounds never wait for it.
 */
public final class TeamFigures {

    private final Transactions transactions;
    private final FiguresRepository figures;
    private final PersonRepository people;
    private final TargetRepository targets;
    private final Settings settings;
    private final Access access;
    private final Clock clock;

    public TeamFigures(Transactions transactions, FiguresRepository figures, PersonRepository people,
                       TargetRepository targets, Settings settings, Access access, Clock clock) {
        this.transactions = transactions;
        this.figures = figures;
        this.people = people;
        this.targets = targets;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Everything about [from, to): per caller who called (by name), per hour of the day, day by
     * day, the funnel and where conversations ended.
     */
    public Period period(Instant from, Instant to) {
        access.requireSupervisor();
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " – " + to);
        }
        return transactions.read(tx -> period(tx, from, to, figures.tallies(tx, from, to)));
    }

    /**
     * Today so far, for each active caller and anyone else who called today: where they are, what
     * they did against their targets and the pace, whether the team's leads keep up with what the
     * next stage needs, and today as a period.
     */
    public Today today() {
        access.requireSupervisor();
        var now = clock.instant();
        return transactions.read(tx -> {
            var plan = new DayPlan(now, clock.getZone(), settings.callingRules(tx).workdayEnd());
            var to = now.plusMillis(1);
            var tallies = figures.tallies(tx, plan.midnight(), to);
            var counts = Sums.byCaller(tallies);
            var shifts = figures.shifts(tx, plan.shiftsSince()).stream()
                    .collect(Collectors.groupingBy(DayShift::callerId));
            var own = targets.all(tx);
            var rows = new ArrayList<CallerDay>();
            int leadsToday = 0;
            for (var person : team(tx, counts.keySet())) {
                var target = own.getOrDefault(person.id(), CallerTarget.NONE);
                rows.add(plan.of(person.id(), person.name(), counts.getOrDefault(person.id(), Counts.ZERO), target,
                        shifts.getOrDefault(person.id(), List.of())));
                if (person.active() && target.leads() != null) {
                    leadsToday += target.leads();
                }
            }
            var period = period(tx, plan.midnight(), to, tallies);
            int done = period.team().leads();
            int due = (int) Math.floor(leadsToday * plan.dayGone());
            return new Today(now, List.copyOf(rows), new Today.TeamLeads(done, due, leadsToday, done < due), period);
        });
    }

    private Period period(Tx tx, Instant from, Instant to, List<Tally> tallies) {
        var names = names(tx);
        var team = Sums.total(tallies);
        var callers = Sums.byCaller(tallies).entrySet().stream()
                .map(e -> new CallerCounts(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
                .sorted(Comparator.comparing(CallerCounts::name).thenComparing(CallerCounts::callerId))
                .toList();
        var funnel = new Funnel(team.calls(), team.conversations(), team.leads(), team.meetings(),
                figures.handedOver(tx, from, to), figures.deals(tx, from, to));
        return new Period(from, to, callers, team, Sums.hours(tallies, clock.getZone()),
                Sums.days(tallies, from, to, clock.getZone()), funnel, coaching(figures.endings(tx, from, to)));
    }

    /** The active callers and whoever called today, by name. */
    private List<Person> team(Tx tx, Set<Long> called) {
        return people.all(tx).stream()
                .filter(p -> p.active() && p.role() == Role.CALLER || called.contains(p.id()))
                .sorted(Comparator.comparing(Person::name).thenComparing(Person::id))
                .toList();
    }

    private Map<Long, String> names(Tx tx) {
        return people.all(tx).stream().collect(Collectors.toMap(Person::id, Person::name));
    }

    private static Coaching coaching(Map<Long, Map<String, Integer>> endings) {
        var team = new HashMap<String, Integer>();
        endings.values().forEach(own -> own.forEach((step, n) -> team.merge(step, n, Integer::sum)));
        return new Coaching(Map.copyOf(team), Map.copyOf(endings));
    }
}
