package app.obzvon.script;

import java.util.List;

/** A script text that cannot be read, or a script that cannot be saved, with every problem found in it. */
public final class ScriptFormatException extends RuntimeException {

    private final transient List<ScriptProblem> problems;

    public ScriptFormatException(List<ScriptProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<ScriptProblem> problems() {
        return problems;
    }
}
