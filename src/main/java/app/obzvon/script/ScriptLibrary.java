package app.obzvon.script;

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

    public ScriptLibrary(Transactions transactions, ScriptRepository scripts, Supplier<Set<String>> outcomeCodes) {
        this.transactions = transactions;
        this.scripts = scripts;
        this.outcomeCodes = outcomeCodes;
    }

    public List<ScriptProblem> check(Script script) {
        return ScriptCheck.problems(script, outcomeCodes.get());
    }

    public List<ScriptSummary> all() {
        return scripts.all();
    }

    public Optional<ScriptVersion> latest(long scriptId) {
        return scripts.latest(scriptId);
    }

    public Optional<ScriptVersion> version(long versionId) {
        return scripts.version(versionId);
    }

    public List<ScriptVersion> versions(long scriptId) {
        return scripts.versions(scriptId);
    }

    /** Saves a new script as version 1; throws {@link ScriptFormatException} when it fails the check. */
    public ScriptVersion create(Script script) {
        requireValid(script);
        return transactions.inTransaction(() -> scripts.add(script));
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
            return scripts.usedByCalls(latest.id())
                    ? scripts.addVersion(scriptId, script)
                    : scripts.replace(latest, script);
        });
    }

    /** Reads a script file's text and saves it as a new script; nothing is saved if it has problems. */
    public ScriptVersion importText(String text) {
        return create(ScriptFormat.parse(text));
    }

    public String exportText(ScriptVersion version) {
        return ScriptFormat.write(version.script());
    }

    private void requireValid(Script script) {
        var problems = check(script);
        if (!problems.isEmpty()) {
            throw new ScriptFormatException(problems);
        }
    }
}
