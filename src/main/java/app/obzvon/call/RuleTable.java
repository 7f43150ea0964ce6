package app.obzvon.call;

import app.obzvon.common.RefusedException;
import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.Transactions;
import app.obzvon.settings.CallingRules;
import app.obzvon.settings.Settings;

import java.util.List;
import java.util.Objects;

/**
 * The supervisor's rule table: the outcomes (their words in both languages, key, colour, what they
 * do to a company's status, when it is called again, their own retry delay and attempts) and the
 * calling rules they fall back on. A change reaches each caller at their next queue opening or
 * sign-in; the calls already logged keep what they did. Every change is audited.
 */
public final class RuleTable {

    public static final int MAX_LABEL = 200;

    private final Transactions transactions;
    private final OutcomeRepository outcomes;
    private final Settings settings;
    private final Access access;
    private final Audit audit;

    public RuleTable(Transactions transactions, OutcomeRepository outcomes, Settings settings, Access access, Audit audit) {
        this.transactions = transactions;
        this.outcomes = outcomes;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
    }

    /** Every outcome, switched off ones too, in the bar's order. */
    public List<Outcome> outcomes() {
        access.requireSupervisor();
        return transactions.inTransaction(outcomes::all);
    }

    /**
     * Saves one outcome's rules (its code stays). Refused, with nothing changed, when its key is
     * another active outcome's, or a label is too long. Returns every outcome.
     */
    public List<Outcome> save(Outcome edited) {
        access.requireSupervisor();
        return transactions.inTransaction(tx -> {
            var all = outcomes.all(tx);
            var stored = all.stream().filter(o -> o.id() == edited.id()).findFirst()
                    .orElseThrow(() -> new RefusedException("rules.outcome.gone"));
            if (!stored.code().equals(edited.code())) {
                throw new RefusedException("rules.code.fixed", stored.code());
            }
            for (var label : new String[] {edited.label(), edited.labelEn()}) {
                if (label != null && label.strip().length() > MAX_LABEL) {
                    throw new RefusedException("rules.label.long", MAX_LABEL);
                }
            }
            if (edited.active() && edited.hotkey() != null) {
                var taken = all.stream().filter(o -> o.id() != edited.id() && o.active()
                        && Objects.equals(o.hotkey(), edited.hotkey())).findFirst();
                if (taken.isPresent()) {
                    throw new RefusedException("rules.key.taken", edited.hotkey(), taken.get().code());
                }
            }
            outcomes.save(tx, edited);
            audit.record(tx, AuditAction.OUTCOME_SAVED, edited.code(), edited.hotkey());
            return outcomes.all(tx);
        });
    }

    /** A new outcome with this code, switched off until it is set up and switched on. Returns every outcome. */
    public List<Outcome> add(String code) {
        access.requireSupervisor();
        var clean = code == null ? "" : code.strip();
        if (!Outcome.CODE.matcher(clean).matches()) {
            throw new RefusedException("rules.code.bad", clean);
        }
        return transactions.inTransaction(tx -> {
            if (outcomes.all(tx).stream().anyMatch(o -> o.code().equals(clean))) {
                throw new RefusedException("rules.code.taken", clean);
            }
            outcomes.add(tx, clean);
            audit.record(tx, AuditAction.OUTCOME_ADDED, clean, null);
            return outcomes.all(tx);
        });
    }

    /** The calling rules the outcomes fall back on, as stored. */
    public CallingRules callingRules() {
        access.requireSupervisor();
        return transactions.inTransaction(settings::reloadRules);
    }

    /** Saves the calling rules: the retry delay and attempts, the workday's end, the re-call pool's rest. */
    public CallingRules saveCallingRules(CallingRules rules) {
        access.requireSupervisor();
        return transactions.inTransaction(tx -> {
            settings.saveRules(tx, rules);
            audit.record(tx, AuditAction.RULES_SAVED, "retry " + rules.retryDelay().toMinutes() + " min, "
                    + rules.maxAttempts() + " attempts, day ends " + rules.workdayEnd() + ", pool "
                    + rules.recallAfter().toDays() + " days", rules.maxAttempts());
            return settings.reloadRules(tx);
        });
    }
}
