package app.obzvon.ui.script;

import app.obzvon.script.PathStep;
import app.obzvon.script.ScriptPath;
import app.obzvon.script.ScriptVersion;
import app.obzvon.testing.SampleScripts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptWalkViewModelTest {

    private final ScriptWalkViewModel model = new ScriptWalkViewModel();

    private void start() {
        model.start(new ScriptVersion(7, 3, 2, SampleScripts.coldCall()),
                Map.of("person", "Ирина", "caller", "Анна", "company", "ООО «Парус»"));
    }

    @Test
    void aCallStartsAtTheFirstStepWithTheContactsDetailsFilledIn() {
        start();
        assertEquals("Hello, Ирина! My name is Анна.", model.currentProperty().get().text());
        assertEquals(List.of("Yes, speaking", "Not available"), model.answers());
        assertEquals(List.of("Send it by e-mail", "We have a supplier"), model.objections());
        assertFalse(model.canGoBackProperty().get());
    }

    @Test
    void followingAnswersMovesTheStepTheBreadcrumbsAndTheSuggestion() {
        start();
        int before = model.revisionProperty().get();
        model.answer(0);
        assertEquals("We deliver office supplies to ООО «Парус» by tomorrow.", model.currentProperty().get().text());
        assertTrue(model.revisionProperty().get() > before, "the view is told to redraw");
        assertNull(model.suggestedOutcomeProperty().get());

        model.answer(1);
        assertEquals("not_interested", model.suggestedOutcomeProperty().get());
        assertEquals(List.of("Greeting", "Offer", "Refused"),
                model.breadcrumbs().stream().map(ScriptWalkViewModel.ShownStep::title).toList());
    }

    @Test
    void anObjectionOffersTheWayBackToTheStepItInterrupted() {
        start();
        model.answer(0);
        model.objection(1);
        assertTrue(model.inObjectionProperty().get());
        assertEquals("Offer", model.returnTitleProperty().get());

        model.returnFromObjection();
        assertFalse(model.inObjectionProperty().get());
        model.recordUnmatched("Only via tender");
        assertEquals("Only via tender", model.unmatchedProperty().get());
        assertEquals(new ScriptPath(7, List.of(new PathStep("greeting", null), new PathStep("offer", null),
                new PathStep("supplier", null), new PathStep("offer", "Only via tender"))), model.path());
    }

    @Test
    void withoutAScriptThereIsNothingToReadAndNoPathToLog() {
        start();
        model.clear();
        assertFalse(model.hasScript());
        assertNull(model.currentProperty().get());
        assertTrue(model.answers().isEmpty());
        assertNull(model.path());
        model.answer(0);
        assertNull(model.currentProperty().get());
    }
}
