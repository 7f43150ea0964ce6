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
        return queues.all();
    }

    public List<Outcome> outcomes() {
        access.requireSupervisor();
        return outcomes.active();
    }

    /** The script the queue's callers read from now on; null for none. */
    public List<CallQueue> setScript(long queueId, Long scriptId) {
        access.requireSupervisor();
        return transactions.inTransaction(() -> {
            queues.setScript(queueId, scriptId);
            var all = queues.all();
            var name = all.stream().filter(q -> q.id() == queueId).map(CallQueue::name).findFirst().orElse("?");
            audit.record(AuditAction.QUEUE_SCRIPT, name, scriptId == null ? null : scriptId.intValue());
            return all;
        });
    }
}
