package app.obzvon.ui.scripteditor;

import app.obzvon.script.Answer;
import app.obzvon.script.Script;
import app.obzvon.script.ScriptStep;
import app.obzvon.ui.common.I18n;

import java.util.List;
import java.util.Map;

/**
 * The words the editor puts into a draft in the supervisor's language: a new script's first
 * steps, new steps' titles, and the sample contact the preview fills into {fields}.
 */
public record DraftTexts(String scriptName, String greetingTitle, String greetingText, String yes, String no,
                         String leadTitle, String leadText, String endTitle, String endText, String objectionsTitle, String stepTitle, String objectionTitle,
                         Map<String, String> sample) {

    public DraftTexts {
        sample = Map.copyOf(sample);
    }

    public static DraftTexts of(I18n i18n) {
        return new DraftTexts(i18n.get("scripteditor.new.name"), i18n.get("scripteditor.new.greeting.title"),
                i18n.get("scripteditor.new.greeting.text"), i18n.get("scripteditor.new.yes"),
                i18n.get("scripteditor.new.no"), i18n.get("scripteditor.new.lead.title"),
                i18n.get("scripteditor.new.lead.text"), i18n.get("scripteditor.new.end.title"), i18n.get("scripteditor.new.end.text"), i18n.get("scripteditor.new.objections"),
                i18n.get("scripteditor.new.step"), i18n.get("scripteditor.new.objection"),
                Map.of("company", i18n.get("scripteditor.sample.company"),
                        "person", i18n.get("scripteditor.sample.person"),
                        "caller", i18n.get("scripteditor.sample.caller"),
                        "city", i18n.get("scripteditor.sample.city")));
    }

    /** A script to start from, ready to save: a greeting, and a lead or a polite goodbye. */
    public Script newScript() {
        return new Script(scriptName, List.of(
                new ScriptStep("greeting", greetingTitle, greetingText,
                        List.of(new Answer(yes, "lead"), new Answer(no, "goodbye")), null),
                new ScriptStep("lead", leadTitle, leadText, List.of(), "qualified_lead"),
                new ScriptStep("goodbye", endTitle, endText, List.of(), "not_interested")),
                objectionsTitle, List.of());
    }
}
