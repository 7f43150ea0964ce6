package app.obzvon.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The caller's way through a script during one call. The path is what gets recorded with the
 * call: {@link #back()} takes a mis-click out of it, while returning from an objection keeps the
 * objection in it (it was met) and adds the step the caller returns to.
 */
public final class ScriptWalk {

    private final Script script;
    private final List<PathStep> path = new ArrayList<>();

    public ScriptWalk(Script script) {
        this.script = script;
        script.first().ifPresent(s -> path.add(new PathStep(s.key(), null)));
    }

    public Optional<ScriptStep> current() {
        return path.isEmpty() ? Optional.empty() : script.step(path.get(path.size() - 1).key());
    }

    /** Follows the current step's answer with this index; false when there is no such answer. */
    public boolean answer(int index) {
        var step = current();
        if (step.isEmpty() || index < 0 || index >= step.get().answers().size()) {
            return false;
        }
        return go(step.get().answers().get(index).next());
    }

    /** Jumps to an objection from wherever the call is; false for a key that is not an objection. */
    public boolean objection(String key) {
        return script.isObjection(key) && !path.isEmpty() && go(key);
    }

    public boolean inObjection() {
        return current().map(s -> script.isObjection(s.key())).orElse(false);
    }

    /** The conversation step an objection returns to: the last one before the objections taken. */
    public Optional<ScriptStep> returnPoint() {
        if (!inObjection()) {
            return Optional.empty();
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            String key = path.get(i).key();
            if (!script.isObjection(key)) {
                return script.step(key);
            }
        }
        return Optional.empty();
    }

    /** Back to the conversation after an objection; false when not in one. */
    public boolean returnFromObjection() {
        return returnPoint().map(s -> go(s.key())).orElse(false);
    }

    public boolean canGoBack() {
        return path.size() > 1;
    }

    /** Undoes the last move; false at the first step. */
    public boolean back() {
        if (!canGoBack()) {
            return false;
        }
        path.remove(path.size() - 1);
        return true;
    }

    /** Records what the prospect said at the current step when no answer matched; blank clears it. */
    public void unmatched(String said) {
        if (path.isEmpty()) {
            return;
        }
        int last = path.size() - 1;
        String text = said == null || said.isBlank() ? null : said.strip();
        path.set(last, new PathStep(path.get(last).key(), text));
    }

    /** The outcome the current step suggests, if it names one (end steps usually do). */
    public Optional<String> suggestedOutcome() {
        return current().map(ScriptStep::outcome);
    }

    public List<PathStep> path() {
        return List.copyOf(path);
    }

    public Script script() {
        return script;
    }

    private boolean go(String key) {
        if (script.step(key).isEmpty()) {
            return false;
        }
        path.add(new PathStep(key, null));
        return true;
    }
}
