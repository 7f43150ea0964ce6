package app.obzvon.queue;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.call.Outcome;
import app.obzvon.call.OutcomeRepository;
import app.obzvon.common.Transactions;

import java.util.List;

/** The supervisor's queues: every queue, the script each is read from, and the outcomes there are. */
public final class QueueSetup {

    private final Transactions transactions;
    private final QueueRepository queues;
    private final OutcomeRepository outcomes;
    private final Access access;
    private final Audit audit;

    public QueueSetup(Transactions transactions, QueueRepository queues, OutcomeRepository outcomes, Access access,
                      Audit audit) {
        this.transactions = transactions;
        this.queues = queues;
        this.outcomes = outcomes;
        this.access = access;
        this.audit = audit;
    }

    public List<CallQueue> all() {
        access.requireSupervisor();
        return transactions.read(queues::all);
    }

    public List<Outcome> outcomes() {
        access.requireSupervisor();
        return transactions.read(outcomes::active);
    }

    /**
     * A new queue over the whole base, with the default hours, working list and deadline, given to
     * every active person; the supervisor narrows it in the editor. Returns every queue.
     */
    public List<CallQueue> add(String name) {
        access.requireSupervisor();
        var settings = new QueueSettings(name, QueueFilter.any(), null, CallQueue.DEFAULT_TARGET,
                CallingHours.DEFAULT, WorkRules.DEFAULT);
        return transactions.inTransaction(tx -> {
            var added = queues.add(tx, new NewQueue(settings.name(), QueueFilter.any(), null,
                    CallQueue.DEFAULT_TARGET));
            audit.record(tx, AuditAction.QUEUE_ADDED, added.name(), (int) added.id());
            return queues.all(tx);
        });
    }

    /** Everything the editor sets on one queue, from the next contact its callers are given. Returns every queue. */
    public List<CallQueue> save(long queueId, QueueSettings settings) {
        access.requireSupervisor();
        return transactions.inTransaction(tx -> {
            queues.update(tx, queueId, settings);
            audit.record(tx, AuditAction.QUEUE_SAVED, settings.name(), (int) queueId);
            return queues.all(tx);
        });
    }

    /** The script the queue's callers read from now on; null for none. */
    public List<CallQueue> setScript(long queueId, Long scriptId) {
        access.requireSupervisor();
        return transactions.inTransaction(tx -> {
            queues.setScript(tx, queueId, scriptId);
            var all = queues.all(tx);
            var name = all.stream().filter(q -> q.id() == queueId).map(CallQueue::name).findFirst().orElse("?");
            audit.record(tx, AuditAction.QUEUE_SCRIPT, name, scriptId == null ? null : scriptId.intValue());
            return all;
        });
    }
}
