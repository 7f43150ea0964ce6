package app.obzvon.ui.scripteditor;

import app.obzvon.script.ScriptProblem;
import app.obzvon.ui.common.I18n;

/** A script problem in the supervisor's words, with its line in the file when it has one. */
final class ProblemTexts {

    private ProblemTexts() {
    }

    static String of(I18n i18n, ScriptProblem problem) {
        Object[] args = {String.valueOf(problem.line()), orEmpty(problem.step()), orEmpty(problem.detail())};
        // The editor's new answer has no step chosen yet: say so rather than "leads to “”".
        String key = problem.kind() == ScriptProblem.Kind.DANGLING_ANSWER && orEmpty(problem.detail()).isBlank()
                ? "scripteditor.problem.no.target" : "script.problem." + problem.kind().name();
        String text = i18n.get(key, args);
        return problem.line() > 0 ? i18n.get("scripteditor.problem.line", String.valueOf(problem.line()), text) : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
