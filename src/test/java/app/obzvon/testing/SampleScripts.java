package app.obzvon.testing;

import app.obzvon.script.Answer;
import app.obzvon.script.Script;
import app.obzvon.script.ScriptStep;

import java.util.List;

/** Small scripts whose every branch the tests know. */
public final class SampleScripts {

    private SampleScripts() {
    }

    /**
     * greeting → offer → agreed (qualified lead) or refused (not interested); greeting → later
     * (call back). Objections: e-mail (leads back to the offer) and supplier (no answers).
     */
    public static Script coldCall() {
        return new Script("Cold call", List.of(
                new ScriptStep("greeting", "Greeting", "Hello, {person}! My name is {caller}.", List.of(
                        new Answer("Yes, speaking", "offer"),
                        new Answer("Not available", "later")), null),
                new ScriptStep("offer", "Offer", "We deliver office supplies to {company} by tomorrow.", List.of(
                        new Answer("Send a proposal", "agreed"),
                        new Answer("No, thanks", "refused")), null),
                new ScriptStep("agreed", "Agreed", "Which e-mail should I send it to?", List.of(), "qualified_lead"),
                new ScriptStep("later", "Later", "When is a good time to call back?", List.of(), "call_back"),
                new ScriptStep("refused", "Refused", "Thank you for your time.", List.of(), "not_interested")),
                "Objections", List.of(
                new ScriptStep("email", "Send it by e-mail", "Gladly. So that it fits, two questions first.",
                        List.of(new Answer("All right", "offer")), null),
                new ScriptStep("supplier", "We have a supplier", "Compare our prices on your usual order.",
                        List.of(), null)));
    }
}
