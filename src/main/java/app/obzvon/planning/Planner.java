package app.obzvon.planning;

import app.obzvon.access.Access;
import app.obzvon.access.Role;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.RefusedException;
import app.obzvon.common.Transactions;
import app.obzvon.team.CallerTarget;
import app.obzvon.team.PersonRepository;
import app.obzvon.team.TargetRepository;
import app.obzvon.team.Targets;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The supervisor's KPI planner: a period's inputs saved and read back, the conversions filled from
 * the base's own history, and the plan's day made the callers' daily targets.
 */
public final class Planner {

    /** How far back "Fill from history" may look. */
    public static final List<Integer> HISTORY_DAYS = List.of(30, 90);

    private final Transactions transactions;
    private final PlanRepository plans;
    private final PersonRepository people;
    private final TargetRepository targetRepository;
    private final Targets targets;
    private final Access access;
    private final Audit audit;
    private final Clock clock;

    public Planner(Transactions transactions, PlanRepository plans, PersonRepository people,
                   TargetRepository targetRepository, Targets targets, Access access, Audit audit, Clock clock) {
        this.transactions = transactions;
        this.plans = plans;
        this.people = people;
        this.targetRepository = targetRepository;
        this.targets = targets;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The period's plan as last saved, if it was. */
    public Optional<SavedPlan> plan(Period period) {
        access.requireSupervisor();
        return transactions.read(tx -> plans.find(tx, period));
    }

    /** Saves the period's inputs in place of any before, audited with the calls a day they make. */
    public SavedPlan save(Period period, PlanInputs inputs) {
        var me = access.requireSupervisor();
        var result = KpiPlan.of(inputs);
        var at = clock.instant();
        transactions.inTransaction(tx -> {
            plans.save(tx, period, inputs, me.id(), at);
            audit.record(tx, AuditAction.PLAN_SAVED, period.first() + " – " + period.last(), result.callsPerDay());
            return null;
        });
        return new SavedPlan(period, inputs, me.name(), at);
    }

    /** The base's conversions over its last {@code days} days (30 or 90). */
    public ConversionHistory history(int days) {
        access.requireSupervisor();
        if (!HISTORY_DAYS.contains(days)) {
            throw new RefusedException("planner.refused.history", HISTORY_DAYS.get(0), HISTORY_DAYS.get(1));
        }
        var since = clock.instant().minus(Duration.ofDays(days));
        return transactions.read(tx -> plans.history(tx, since, days));
    }

    /** The active callers (not supervisors) with their targets now: whom a plan's day is shared among. */
    public List<TeamMember> team() {
        access.requireSupervisor();
        return transactions.read(tx -> {
            var now = targetRepository.all(tx);
            return people.all(tx).stream().filter(p -> p.active() && p.role() == Role.CALLER)
                    .map(p -> new TeamMember(p.id(), p.name(), now.getOrDefault(p.id(), CallerTarget.NONE)))
                    .toList();
        });
    }

    /** Makes the share confirmed the callers' daily targets: all of them in one audited transaction, or none. */
    public void apply(TeamShare share) {
        access.requireSupervisor();
        targets.setAll(share.targets());
    }
}
