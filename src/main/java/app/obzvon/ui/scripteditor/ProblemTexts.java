package app.obzvon.ui.scripteditor;

import app.obzvon.script.ScriptProblem;
import app.obzvon.ui.common.I18n;

/** A script problem in the supervisor's words, with its line in the file when it has one. */
final class ProblemTexts {

    private ProblemTexts() {
    }

    static String of(I18n i18n, ScriptProblem problem) {
        Object[] args = {String.valueOf(problem.line()), orEmpty(problem.step()), orEmpty(problem.detail())};
        // A new answer with no step chosen yet, or a key field left empty: say so rather than quote "".
        boolean blank = orEmpty(problem.detail()).isBlank();
        String key = switch (problem.kind()) {
            case DANGLING_ANSWER -> blank ? "scripteditor.problem.no.target" : "script.problem.DANGLING_ANSWER";
            case BAD_KEY -> blank && problem.line() == 0 ? "scripteditor.problem.no.key" : "script.problem.BAD_KEY";
            default -> "script.problem." + problem.kind().name();
        };
        String text = i18n.get(key, args);
        return problem.line() > 0 ? i18n.get("scripteditor.problem.line", String.valueOf(problem.line()), text) : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
