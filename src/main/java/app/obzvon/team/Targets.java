package app.obzvon.team;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.Transactions;

import java.util.Map;

/**
 * The callers' own targets: the supervisor sets them (one person, or everyone at once from the KPI
 * planner), each change audited in its transaction. A caller's own are read with their progress
 * ({@code call.ProgressCounter}) and their shift ({@code shift.Shifts}).
 */
public final class Targets {

    private final Transactions transactions;
    private final TargetRepository targets;
    private final PersonRepository people;
    private final Access access;
    private final Audit audit;

    public Targets(Transactions transactions, TargetRepository targets, PersonRepository people, Access access,
                   Audit audit) {
        this.transactions = transactions;
        this.targets = targets;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    /** Everyone's targets by person id. */
    public Map<Long, CallerTarget> all() {
        access.requireSupervisor();
        return transactions.read(targets::all);
    }

    public void set(long personId, CallerTarget target) {
        setAll(Map.of(personId, target));
    }

    /** Several people's targets in one transaction: all of them or none. */
    public void setAll(Map<Long, CallerTarget> byPerson) {
        access.requireSupervisor();
        transactions.inTransaction(tx -> {
            for (var e : byPerson.entrySet()) {
                var person = people.find(tx, e.getKey()).orElseThrow();
                targets.set(tx, person.id(), e.getValue());
                var calls = e.getValue().calls();
                audit.record(tx, AuditAction.CALLER_TARGET, person.name(), calls);
            }
            return null;
        });
    }
}
