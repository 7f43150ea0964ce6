package app.obzvon.script;

import app.obzvon.script.ScriptProblem.Kind;
import app.obzvon.testing.SampleScripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptCheckTest {

    private static final Set<String> CODES = Set.of("no_answer", "busy", "call_back", "not_interested",
            "wrong_number", "qualified_lead", "meeting_booked", "do_not_call");

    private static ScriptStep step(String key, String title, String outcome, Answer... answers) {
        return new ScriptStep(key, title, "Text of " + key + ".", Arrays.asList(answers), outcome);
    }

    private static Answer to(String next) {
        return new Answer("Said", next);
    }

    private static Script script(List<ScriptStep> steps, ScriptStep... objections) {
        return new Script("Name", steps, "Objections", List.of(objections));
    }

    private static List<ScriptProblem> problems(Script script) {
        return ScriptCheck.problems(script, CODES);
    }

    private static ScriptProblem problem(Kind kind, String step, String detail) {
        return new ScriptProblem(kind, 0, step, detail);
    }

    /** The sample with one step replaced, so each test breaks exactly one thing. */
    private static Script sampleWith(int index, ScriptStep replacement) {
        Script sample = SampleScripts.coldCall();
        List<ScriptStep> steps = new ArrayList<>(sample.steps());
        steps.set(index, replacement);
        return new Script(sample.name(), steps, sample.objectionsTitle(), sample.objections());
    }

    @Test
    void aScriptACallerCanFollowHasNoProblems() {
        assertEquals(List.of(), problems(SampleScripts.coldCall()));
    }

    @ParameterizedTest
    @FieldSource("app.obzvon.script.ScriptFormatTest#DEMO_SCRIPTS")
    void theDemoScriptsHaveNoProblemsAndEndInTheOutcomesTheyTeach(String name) {
        Script script = ScriptFormat.parse(ScriptFormatTest.demo(name));

        assertEquals(List.of(), problems(script));
        Set<String> outcomes = script.steps().stream().filter(ScriptStep::ends).map(ScriptStep::outcome)
                .collect(Collectors.toSet());
        assertTrue(outcomes.containsAll(Set.of("qualified_lead", "not_interested", "call_back")), name + outcomes);
        if (name.startsWith("cold-call")) {
            assertTrue(outcomes.contains("meeting_booked"), name + outcomes);
        }
    }

    @Test
    void aScriptNeedsANameAndAConversation() {
        var objection = step("email", "E-mail", null);

        assertEquals(List.of(problem(Kind.NO_TITLE, "", ""), problem(Kind.NO_STEPS, "", "")),
                problems(new Script(" ", List.of(), "Objections", List.of(objection))));
    }

    @Test
    void aKeyUsedTwiceIsReportedAtItsSecondStepEvenAmongTheObjections() {
        Script sample = SampleScripts.coldCall();
        var again = step("offer", "Another offer", null);
        var script = new Script(sample.name(), sample.steps(), sample.objectionsTitle(), List.of(again));

        assertEquals(List.of(problem(Kind.DUPLICATE_KEY, "Another offer", "offer")), problems(script));
    }

    @Test
    void aKeyThatCannotBeWrittenIsReported() {
        var script = script(List.of(step("two words", "Start", "call_back")));

        assertEquals(List.of(problem(Kind.BAD_KEY, "Start", "two words")), problems(script));
    }

    @Test
    void aStepWithNoTextIsReported() {
        var silent = new ScriptStep("later", "Later", " \n ", List.of(), "call_back");

        assertEquals(List.of(problem(Kind.EMPTY_TEXT, "Later", "")), problems(sampleWith(3, silent)));
    }

    @Test
    void anAnswerWithNothingSaidIsReportedWithWhereItLeads() {
        var greeting = new ScriptStep("greeting", "Greeting", "Hello.",
                List.of(new Answer("Yes", "offer"), new Answer("  ", "later")), null);

        assertEquals(List.of(problem(Kind.EMPTY_ANSWER, "Greeting", "later")), problems(sampleWith(0, greeting)));
    }

    @Test
    void anAnswerLeadingNowhereIsReportedAndTheStepNamedByItsKeyWhenUntitled() {
        var greeting = new ScriptStep("greeting", "", "Hello.", List.of(new Answer("Yes", "offer"),
                new Answer("Not available", "later"), new Answer("Who?", "nowhere"), new Answer("Hm", null)), null);

        assertEquals(List.of(problem(Kind.DANGLING_ANSWER, "greeting", "nowhere"),
                problem(Kind.DANGLING_ANSWER, "greeting", "")), problems(sampleWith(0, greeting)));
    }

    @Test
    void aConversationStepWithNoWayOnAndNoOutcomeIsADeadEndButAnObjectionIsNot() {
        var deadEnd = step("later", "Later", null);

        assertEquals(List.of(problem(Kind.DEAD_END, "Later", "")), problems(sampleWith(3, deadEnd)));
        assertTrue(SampleScripts.coldCall().objections().stream().anyMatch(ScriptStep::ends));
    }

    @Test
    void aStepNoAnswerLeadsToIsUnreachableUnlessAnObjectionLeadsThere() {
        var start = step("start", "Start", null, to("end"));
        var end = step("end", "End", "call_back");
        var orphan = step("orphan", "Orphan", "busy");
        var fromObjection = step("rescued", "Rescued", "qualified_lead");
        var objection = step("price", "Price", null, to("rescued"));

        assertEquals(List.of(problem(Kind.UNREACHABLE, "Orphan", "")),
                problems(script(List.of(start, end, orphan, fromObjection), objection)));
    }

    @Test
    void anOutcomeThatIsNotDefinedIsReported() {
        var refused = step("refused", "Refused", "refused_politely");

        assertEquals(List.of(problem(Kind.UNKNOWN_OUTCOME, "Refused", "refused_politely")),
                problems(sampleWith(4, refused)));
    }

    @Test
    void problemsComeInScriptOrderConversationFirst() {
        var start = new ScriptStep("start", "Start", "", List.of(new Answer("", "gone")), null);
        var stray = step("stray", "Stray", null);
        var objection = new ScriptStep("start", "Price", "Text.", List.of(to("missing")), "nope");

        assertEquals(List.of(
                problem(Kind.EMPTY_TEXT, "Start", ""),
                problem(Kind.EMPTY_ANSWER, "Start", "gone"),
                problem(Kind.DANGLING_ANSWER, "Start", "gone"),
                problem(Kind.DEAD_END, "Stray", ""),
                problem(Kind.UNREACHABLE, "Stray", ""),
                problem(Kind.DUPLICATE_KEY, "Price", "start"),
                problem(Kind.DANGLING_ANSWER, "Price", "missing"),
                problem(Kind.UNKNOWN_OUTCOME, "Price", "nope")), problems(script(List.of(start, stray), objection)));
    }
}
