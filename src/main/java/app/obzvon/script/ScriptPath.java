package app.obzvon.script;

import java.util.List;

/** The script version a call was read from and the steps it went through, in order. */
public record ScriptPath(long versionId, List<PathStep> steps) {

    public ScriptPath {
        steps = List.copyOf(steps);
    }
}
