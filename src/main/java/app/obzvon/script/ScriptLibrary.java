package app.obzvon.script;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.Transactions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The supervisor's scripts: checked before they are saved, and versioned once calls have used
 * them, so every call's recorded path still reads against the text the caller saw.
 */
public final class ScriptLibrary {

    private final Transactions transactions;
    private final ScriptRepository scripts;
    private final Supplier<Set<String>> outcomeCodes;
    private final Access access;
    private final Audit audit;

    public ScriptLibrary(Transactions transactions, ScriptRepository scripts, Supplier<Set<String>> outcomeCodes,
                         Access access, Audit audit) {
        this.transactions = transactions;
        this.scripts = scripts;
        this.outcomeCodes = outcomeCodes;
        this.access = access;
        this.audit = audit;
    }

    public List<ScriptProblem> check(Script script) {
        access.requireSupervisor();
        return ScriptCheck.problems(script, outcomeCodes.get());
    }

    public List<ScriptSummary> all() {
        access.requireSupervisor();
        return scripts.all();
    }

    /** The text a queue's callers read: anyone signed in. */
    public Optional<ScriptVersion> latest(long scriptId) {
        access.requireSignedIn();
        return scripts.latest(scriptId);
    }

    public Optional<ScriptVersion> version(long versionId) {
        access.requireSupervisor();
        return scripts.version(versionId);
    }

    public List<ScriptVersion> versions(long scriptId) {
        access.requireSupervisor();
        return scripts.versions(scriptId);
    }

    /** Saves a new script as version 1; throws {@link ScriptFormatException} when it fails the check. */
    public ScriptVersion create(Script script) {
        requireValid(script);
        return transactions.inTransaction(() -> {
            var saved = scripts.add(script);
            audit.record(AuditAction.SCRIPT_SAVED, script.name(), saved.number());
            return saved;
        });
    }

    /**
     * Saves an edit. The latest version is rewritten while no call has used it; otherwise the
     * edit becomes a new version. An unchanged script stays as it is.
     */
    public ScriptVersion save(long scriptId, Script script) {
        requireValid(script);
        return transactions.inTransaction(() -> {
            var latest = scripts.latest(scriptId)
                    .orElseThrow(() -> new IllegalArgumentException("no script " + scriptId));
            if (latest.script().equals(script)) {
                return latest;
            }
            var saved = scripts.usedByCalls(latest.id())
                    ? scripts.addVersion(scriptId, script)
                    : scripts.replace(latest, script);
            audit.record(AuditAction.SCRIPT_SAVED, script.name(), saved.number());
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
