package app.obzvon.script;

import app.obzvon.testing.SampleScripts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptWalkTest {

    private final ScriptWalk walk = new ScriptWalk(SampleScripts.coldCall());

    private List<String> keys() {
        return walk.path().stream().map(PathStep::key).toList();
    }

    @Test
    void aCallStartsAtTheFirstStepAndFollowsTheAnswers() {
        assertEquals("greeting", walk.current().orElseThrow().key());
        assertFalse(walk.canGoBack());

        assertTrue(walk.answer(0));
        assertTrue(walk.answer(0));

        assertEquals(List.of("greeting", "offer", "agreed"), keys());
        assertEquals("qualified_lead", walk.suggestedOutcome().orElseThrow());
    }

    @Test
    void anAnswerThatIsNotThereChangesNothing() {
        assertFalse(walk.answer(2));
        assertFalse(walk.answer(-1));
        assertEquals(List.of("greeting"), keys());
    }

    @Test
    void backTakesAMisClickOutOfThePath() {
        walk.answer(1);
        assertTrue(walk.back());
        walk.answer(0);

        assertEquals(List.of("greeting", "offer"), keys());
        assertTrue(walk.back());
        assertFalse(walk.back(), "the first step has nothing before it");
        assertEquals(List.of("greeting"), keys());
    }

    @Test
    void anObjectionIsKeptInThePathAndTheCallReturnsWhereItWas() {
        walk.answer(0);
        assertTrue(walk.objection("supplier"));
        assertTrue(walk.inObjection());
        assertTrue(walk.objection("email"), "one objection can follow another");
        assertEquals("offer", walk.returnPoint().orElseThrow().key());

        assertTrue(walk.returnFromObjection());

        assertEquals(List.of("greeting", "offer", "supplier", "email", "offer"), keys());
        assertFalse(walk.inObjection());
        assertFalse(walk.returnFromObjection(), "not in an objection any more");
    }

    @Test
    void anObjectionsAnswerLeadsBackIntoTheConversation() {
        walk.objection("email");
        walk.answer(0);
        assertEquals(List.of("greeting", "email", "offer"), keys());
        assertFalse(walk.objection("offer"), "only objections can be jumped to");
    }

    @Test
    void whatTheProspectSaidWhenNoAnswerFitStaysWithItsStep() {
        walk.answer(0);
        walk.unmatched("  We only buy at auctions ");
        walk.answer(1);
        walk.unmatched("   ");

        assertEquals(List.of(new PathStep("greeting", null), new PathStep("offer", "We only buy at auctions"),
                new PathStep("refused", null)), walk.path());
    }

    @Test
    void onlyAnEndStepSuggestsAnOutcome() {
        assertNull(walk.suggestedOutcome().orElse(null));
        walk.answer(1);
        assertEquals("call_back", walk.suggestedOutcome().orElseThrow());
    }
}
