package app.obzvon.script;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A cold-call script as its author wrote it: the conversation's steps (the first one opens every
 * call) and a library of objections the caller can jump to from any step and return from.
 * The same key never names two steps; {@link ScriptCheck} finds what else could be wrong.
 */
public record Script(String name, List<ScriptStep> steps, String objectionsTitle, List<ScriptStep> objections) {

    public Script {
        steps = List.copyOf(steps);
        objections = List.copyOf(objections);
    }

    /** Where every call starts; empty only for a script with no steps, which cannot be saved. */
    public Optional<ScriptStep> first() {
        return steps.stream().findFirst();
    }

    public Optional<ScriptStep> step(String key) {
        return all().filter(s -> s.key().equals(key)).findFirst();
    }

    public boolean isObjection(String key) {
        return objections.stream().anyMatch(s -> s.key().equals(key));
    }

    /** The conversation's steps, then the objections. */
    public Stream<ScriptStep> all() {
        return Stream.concat(steps.stream(), objections.stream());
    }
}
