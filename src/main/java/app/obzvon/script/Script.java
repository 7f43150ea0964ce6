package app.obzvon.script;

import java.util.Arrays;
import java.util.List;

/** A cold-call script. Its text is split into steps at blank lines. */
public record Script(long id, String name, String body) {

    public List<ScriptStep> steps() {
        return Arrays.stream(body.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(ScriptStep::new)
                .toList();
    }
}
