package app.obzvon.script;

import java.util.List;
import java.util.Set;

/** TODO(helper): validation before saving. */
public final class ScriptCheck {

    private ScriptCheck() {
    }

    public static List<ScriptProblem> problems(Script script, Set<String> outcomeCodes) {
        throw new UnsupportedOperationException("not yet");
    }
}
