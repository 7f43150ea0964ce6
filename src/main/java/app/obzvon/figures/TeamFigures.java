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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Reads, but for keeping a closed day the first time a period holds it (one write transaction a
 * day); the refresh of today never writes, so the callers' rounds never wait for it.
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

    /** A day is closed an hour after it ends: undo is within 60 s, and other PCs' clocks may be a little behind. */
    static final Duration CLOSED_AFTER = Duration.ofHours(1);

    /**
     * Everything about [from, to): per caller who called (by name), per hour of the day, day by
     * day, the funnel and where conversations ended. The whole closed days in it are added up
     * once and kept (a write transaction a day, at their first read: a day's calls read under the
     * write lock, so nothing in it changes before it is kept); later reads take them from there, and
     * only the rest from the calls. A read-only base reads all from the calls.
     */
    public Period period(Instant from, Instant to) {
        access.requireSupervisor();
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " – " + to);
        }
        var zone = clock.getZone();
        var closed = ClosedDays.within(from, to, zone, clock.instant().minus(CLOSED_AFTER));
        if (closed != null && transactions.writable()) {
            for (var day : transactions.read(tx -> figures.unkept(tx, zone, closed.first(), closed.last()))) {
                transactions.inTransaction(tx -> keep(tx, zone, day));
            }
        }
        return transactions.read(tx -> {
            if (closed == null || !figures.unkept(tx, zone, closed.first(), closed.last()).isEmpty()) {
                var tallies = figures.tallies(tx, from, to);
                return period(tx, from, to, tallies, Sums.hours(tallies, zone), figures.endings(tx, from, to));
            }
            var kept = figures.kept(tx, zone, closed.first(), closed.last());
            var tallies = new ArrayList<>(kept.days());
            var hours = kept.hours();
            var endings = new HashMap<Long, Map<String, Integer>>();
            merge(endings, kept.endings());
            for (var part : List.of(List.of(from, closed.start()), List.of(closed.end(), to))) {
                if (part.get(1).isAfter(part.get(0))) {
                    var raw = figures.tallies(tx, part.get(0), part.get(1));
                    tallies.addAll(raw);
                    hours = hours.plus(Sums.hours(raw, zone));
                    merge(endings, figures.endings(tx, part.get(0), part.get(1)));
                }
            }
            return period(tx, from, to, tallies, hours, endings);
        });
    }

    /** Adds a closed day up from its calls and keeps it, unless another window just did. */
    private Void keep(Tx tx, ZoneId zone, LocalDate day) {
        if (figures.markKept(tx, zone, day)) {
            var start = day.atStartOfDay(zone).toInstant();
            var end = day.plusDays(1).atStartOfDay(zone).toInstant();
            var tallies = figures.tallies(tx, start, end);
            figures.keep(tx, zone, day, Sums.byCaller(tallies), Sums.hours(tallies, zone), figures.endings(tx, start, end));
        }
        return null;
    }

    /** The whole days of the zone inside [from, to) that ended by {@code closedBy}: [start, end). */
    record ClosedDays(LocalDate first, LocalDate last, Instant start, Instant end) {

        static ClosedDays within(Instant from, Instant to, ZoneId zone, Instant closedBy) {
            var first = from.atZone(zone).toLocalDate();
            if (first.atStartOfDay(zone).toInstant().isBefore(from)) {
                first = first.plusDays(1);
            }
            var until = to.isBefore(closedBy) ? to : closedBy;
            var last = until.atZone(zone).toLocalDate().minusDays(1);
            return last.isBefore(first) ? null : new ClosedDays(first, last, first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    private static void merge(Map<Long, Map<String, Integer>> into, Map<Long, Map<String, Integer>> endings) {
        endings.forEach((id, steps) -> steps.forEach((step, n) ->
                into.computeIfAbsent(id, x -> new HashMap<>()).merge(step, n, Integer::sum)));
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
            var period = period(tx, plan.midnight(), to, tallies, Sums.hours(tallies, clock.getZone()),
                    figures.endings(tx, plan.midnight(), to));
            int done = period.team().leads();
            int due = (int) Math.floor(leadsToday * plan.dayGone());
            return new Today(now, List.copyOf(rows), new Today.TeamLeads(done, due, leadsToday, done < due), period);
        });
    }

    private Period period(Tx tx, Instant from, Instant to, List<Tally> tallies, Hours hours,
                          Map<Long, Map<String, Integer>> endings) {
        var names = names(tx);
        var team = Sums.total(tallies);
        var callers = Sums.byCaller(tallies).entrySet().stream()
                .map(e -> new CallerCounts(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
                .sorted(Comparator.comparing(CallerCounts::name).thenComparing(CallerCounts::callerId))
                .toList();
        var funnel = new Funnel(team.calls(), team.conversations(), team.leads(), team.meetings(),
                figures.handedOver(tx, from, to), figures.deals(tx, from, to));
        return new Period(from, to, callers, team, hours, Sums.days(tallies, from, to, clock.getZone()), funnel,
                coaching(endings));
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
        var own = new HashMap<Long, Map<String, Integer>>();
        endings.forEach((id, steps) -> own.put(id, Map.copyOf(steps)));
        return new Coaching(Map.copyOf(team), Map.copyOf(own));
    }
}
