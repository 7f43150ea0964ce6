package app.obzvon.script;

/**
 * Something that keeps a script from being saved or read. {@code line} is the line in the text
 * file (0 when the problem is not about a line), {@code step} the step's key or title, and
 * {@code detail} the offending text; the UI translates {@code kind}.
 */
public record ScriptProblem(Kind kind, int line, String step, String detail) {

    public enum Kind {
        // Reading the text format.
        NO_TITLE, STEP_WITHOUT_HEADING, ANSWER_WITHOUT_TARGET, BAD_KEY, TWO_OUTCOMES, TEXT_AFTER_ANSWERS,
        EXTRA_HEADING,
        // Checking a script.
        NO_STEPS, DUPLICATE_KEY, EMPTY_TEXT, EMPTY_ANSWER, DANGLING_ANSWER, DEAD_END, UNREACHABLE, UNKNOWN_OUTCOME
    }
}
