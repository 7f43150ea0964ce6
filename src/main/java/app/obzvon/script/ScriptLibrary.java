package app.obzvon.script;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The supervisor's scripts: checked before they are saved, and versioned once calls have used
 * them, so every call's recorded path still reads against the text the caller saw.
 */
public final class ScriptLibrary {

    private final Transactions transactions;
    private final ScriptRepository scripts;
    private final Function<Tx, Set<String>> outcomeCodes;
    private final Access access;
    private final Audit audit;

    public ScriptLibrary(Transactions transactions, ScriptRepository scripts, Function<Tx, Set<String>> outcomeCodes,
                         Access access, Audit audit) {
        this.transactions = transactions;
        this.scripts = scripts;
        this.outcomeCodes = outcomeCodes;
        this.access = access;
        this.audit = audit;
    }

    public List<ScriptProblem> check(Script script) {
        access.requireSupervisor();
        return ScriptCheck.problems(script, transactions.read(outcomeCodes));
    }

    public List<ScriptSummary> all() {
        access.requireSupervisor();
        return transactions.read(scripts::all);
    }

    /** The text a queue's callers read: anyone signed in. */
    public Optional<ScriptVersion> latest(long scriptId) {
        access.requireSignedIn();
        return transactions.read(tx -> scripts.latest(tx, scriptId));
    }

    /** As {@link #latest(long)}, in the caller's transaction (a queue opened). */
    public Optional<ScriptVersion> latest(Tx tx, long scriptId) {
        access.requireSignedIn();
        return scripts.latest(tx, scriptId);
    }

    public Optional<ScriptVersion> version(long versionId) {
        access.requireSupervisor();
        return transactions.read(tx -> scripts.version(tx, versionId));
    }

    public List<ScriptVersion> versions(long scriptId) {
        access.requireSupervisor();
        return transactions.read(tx -> scripts.versions(tx, scriptId));
    }

    /** Saves a new script as version 1; throws {@link ScriptFormatException} when it fails the check. */
    public ScriptVersion create(Script script) {
        requireValid(script);
        return transactions.inTransaction(tx -> {
            var saved = scripts.add(tx, script);
            audit.record(tx, AuditAction.SCRIPT_SAVED, script.name(), saved.number());
            return saved;
        });
    }

    /**
     * Saves an edit. The latest version is rewritten while no call has used it; otherwise the
     * edit becomes a new version. An unchanged script stays as it is.
     */
    public ScriptVersion save(long scriptId, Script script) {
        requireValid(script);
        return transactions.inTransaction(tx -> {
            var latest = scripts.latest(tx, scriptId)
                    .orElseThrow(() -> new IllegalArgumentException("no script " + scriptId));
            if (latest.script().equals(script)) {
                return latest;
            }
            var saved = scripts.usedByCalls(tx, latest.id())
                    ? scripts.addVersion(tx, scriptId, script)
                    : scripts.replace(tx, latest, script);
            audit.record(tx, AuditAction.SCRIPT_SAVED, script.name(), saved.number());
            return saved;
        });
    }

    /** Reads a script file's text and saves it as a new script; nothing is saved if it has problems. */
    public ScriptVersion importText(String text) {
        return create(ScriptFormat.parse(text));
    }

    public String exportText(ScriptVersion version) {
        access.requireSupervisor();
        return ScriptFormat.write(version.script());
    }

    private void requireValid(Script script) {
        access.requireSupervisor();
        var problems = check(script);
        if (!problems.isEmpty()) {
            throw new ScriptFormatException(problems);
        }
    }
}
