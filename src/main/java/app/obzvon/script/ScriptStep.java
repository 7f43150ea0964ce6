package app.obzvon.script;

import java.util.List;

/**
 * One thing the caller says ({@code text}, with {@code {fields}} still in it), the prospect's
 * likely answers and where each leads. A step with no answers ends the conversation; its
 * {@code outcome} (an outcome code such as {@code qualified_lead}, or null) is what the
 * outcome bar suggests when the call gets there.
 */
public record ScriptStep(String key, String title, String text, List<Answer> answers, String outcome) {

    public ScriptStep {
        answers = List.copyOf(answers);
    }

    public boolean ends() {
        return answers.isEmpty();
    }
}
