package app.obzvon.script;

import app.obzvon.script.ScriptProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptFormatTest {

    static final List<String> DEMO_SCRIPTS = List.of("cold-call.ru.md", "cold-call.en.md", "retail.ru.md", "retail.en.md");

    /** Hand-written: an unquoted answer with the other arrow, no blank before =>, a renamed library. */
    private static final String SAMPLE = """
            # Cold call: office supplies

            ## greeting: Greeting
            Good afternoon! My name is {caller}, I'm calling from Paper Crane.

            Is {person} available?

            - "Yes, speaking" -> offer
            - What is it regarding? → regarding

            ## regarding: "What is it regarding?"
            It's about office supplies for {company}.
            - "All right" -> offer

            ## offer: Offer
            Shall I send a proposal?

            - "Send it" -> agreed
            - "No, thanks" -> refused

            ## agreed: Agreed
            Which e-mail should I send it to?
            => qualified_lead

            ## refused: Refused
            Thank you for your time.

            => not_interested

            # Возражения

            ## supplier: We already have a supplier
            Compare our prices on your usual order.
            """;

    private static final String CANONICAL = """
            # Cold call: office supplies

            ## greeting: Greeting
            Good afternoon! My name is {caller}, I'm calling from Paper Crane.

            Is {person} available?

            - "Yes, speaking" -> offer
            - "What is it regarding?" -> regarding

            ## regarding: "What is it regarding?"
            It's about office supplies for {company}.

            - "All right" -> offer

            ## offer: Offer
            Shall I send a proposal?

            - "Send it" -> agreed
            - "No, thanks" -> refused

            ## agreed: Agreed
            Which e-mail should I send it to?

            => qualified_lead

            ## refused: Refused
            Thank you for your time.

            => not_interested

            # Возражения

            ## supplier: We already have a supplier
            Compare our prices on your usual order.
            """;

    /** The cold-call demo script as it shipped before steps could branch. */
    private static final String OLD_PLAIN_SCRIPT = """
            Greeting: Good afternoon! My name is {caller}, I'm calling from Paper Crane, we deliver office supplies and consumables to businesses. Is {person} available at the moment?

            Getting through: Could you put me through, please? It's about office supplies for {company}. (If {person} no longer handles purchasing, ask who does now and how to address them.)

            If asked "What is it regarding?": Paper and office supplies for your office. I'd like to ask the person in charge a couple of questions so we can prepare a quote for {company}. It will take two minutes at most.

            Introduction: Hello, is this {person}? My name is {caller}, from Paper Crane. Do you have a couple of minutes to talk? (If not, agree on an exact time to call back.)

            Reason for the call: We deliver stationery, paper, printer cartridges and cleaning supplies to offices by the next business day, with no minimum order and all the paperwork included. I'm calling to see whether that could be useful to your company.

            Question 1: How do you buy supplies at the moment: do you have a regular supplier, or do you shop around each time?

            Question 2: Roughly how many people work in your office, and how often do you order supplies: weekly, monthly?

            Question 3: What matters most to you in a supplier: price, delivery times or tidy paperwork? Is there anything you'd like to improve about your current deliveries?

            Offer: How about I put together a proposal for {company} based on your volumes, with prices for the items you order most often? Or one of our account managers could visit and bring the catalogue and paper samples. Which would suit you better?

            If "We already have a supplier": I understand, and I'm not asking you to drop them. Just compare our prices on your usual order: if we come out cheaper, you could place some of your orders with us. There's no commitment.

            Next step: Which email address should I send the proposal to? (Write it down and read it back.) I'll call you in two days to answer any questions. Would the morning or the afternoon be better?

            Closing: Thank you for your time! I'll send the proposal today and call you on the day we agreed. Have a good day!
            """;

    static String demo(String name) {
        try (InputStream in = ScriptFormatTest.class.getResourceAsStream("/demo/scripts/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ScriptProblem> problems(String text) {
        return assertThrows(ScriptFormatException.class, () -> ScriptFormat.parse(text)).problems();
    }

    private static ScriptProblem problem(Kind kind, int line, String step, String detail) {
        return new ScriptProblem(kind, line, step, detail);
    }

    private static void assertRoundTrip(Script script) {
        String text = ScriptFormat.write(script);
        assertEquals(script, ScriptFormat.parse(text), text);
        assertEquals(text, ScriptFormat.write(ScriptFormat.parse(text)));
    }

    @Test
    void theSampleIsReadStepByStep() {
        Script script = ScriptFormat.parse(SAMPLE);

        assertEquals("Cold call: office supplies", script.name());
        assertEquals(List.of("greeting", "regarding", "offer", "agreed", "refused"),
                script.steps().stream().map(ScriptStep::key).toList());
        assertEquals(new ScriptStep("greeting", "Greeting",
                "Good afternoon! My name is {caller}, I'm calling from Paper Crane.\n\nIs {person} available?",
                List.of(new Answer("Yes, speaking", "offer"), new Answer("What is it regarding?", "regarding")), null),
                script.steps().get(0));
        assertEquals(new ScriptStep("regarding", "\"What is it regarding?\"", "It's about office supplies for {company}.",
                List.of(new Answer("All right", "offer")), null), script.steps().get(1));
        assertEquals(List.of(new Answer("Send it", "agreed"), new Answer("No, thanks", "refused")),
                script.steps().get(2).answers());
        assertEquals(new ScriptStep("agreed", "Agreed", "Which e-mail should I send it to?", List.of(), "qualified_lead"),
                script.steps().get(3));
        assertEquals("not_interested", script.steps().get(4).outcome());
        assertEquals("Возражения", script.objectionsTitle());
        assertEquals(List.of(new ScriptStep("supplier", "We already have a supplier",
                "Compare our prices on your usual order.", List.of(), null)), script.objections());
    }

    @Test
    void writingGivesTheCanonicalTextThatReadsBackTheSame() {
        Script script = ScriptFormat.parse(SAMPLE);

        assertEquals(CANONICAL, ScriptFormat.write(script));
        assertRoundTrip(script);
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkReadTheSame() {
        assertEquals(ScriptFormat.parse(SAMPLE), ScriptFormat.parse("\uFEFF" + SAMPLE.replace("\n", "\r\n")));
        assertEquals(List.of(problem(Kind.TWO_OUTCOMES, 4, "A", "busy")),
                problems("\uFEFF# N\r\n## a: A\r\n=> call_back\r\n=> busy\r\n"));
    }

    @Test
    void withoutASecondHeadingTheLibraryHasTheDefaultTitle() {
        Script script = ScriptFormat.parse("# N\n## a: A\nHi.\n");

        assertEquals(ScriptFormat.DEFAULT_OBJECTIONS_TITLE, script.objectionsTitle());
        assertEquals(List.of(), script.objections());
        assertEquals("# N\n\n## a: A\nHi.\n", ScriptFormat.write(script));
    }

    @Test
    void aHeadingWithoutAOneWordKeyIsAllTitleAndGetsItsKeyFromIt() {
        Script script = ScriptFormat.parse("""
                # N
                ## Question 1: how do you buy?
                Text.
                ## Вопрос о бюджете
                Текст.
                ## Offer
                Text.
                ## вопрос_2: Второй вопрос: объём
                Текст.
                """);

        assertEquals(List.of("question-1-how-do-you-buy", "вопрос-о-бюджете", "offer", "вопрос_2"),
                script.steps().stream().map(ScriptStep::key).toList());
        assertEquals(List.of("Question 1: how do you buy?", "Вопрос о бюджете", "Offer", "Второй вопрос: объём"),
                script.steps().stream().map(ScriptStep::title).toList());
    }

    @Test
    void onlyOnePairOfOuterQuotesIsTakenOffAndTheLastArrowLeads() {
        Script script = ScriptFormat.parse("""
                # N
                ## a: A
                Text.
                - ""Quoted"" -> a
                - «Да, слушаю» -> a
                - "From -> to" -> a
                - He said "no" → a
                - "Unbalanced -> a
                """);

        assertEquals(List.of("\"Quoted\"", "Да, слушаю", "From -> to", "He said \"no\"", "\"Unbalanced"),
                script.steps().get(0).answers().stream().map(Answer::said).toList());
    }

    @Test
    void trickyScriptsRoundTrip() {
        var opening = new ScriptStep("приветствие", "Приветствие: начало разговора", String.join("\n",
                "- not an answer", "=> not an outcome", "# not a heading", "## not a step", "\\ starts with a backslash",
                "  - an indented dash", "", "", "Two blank lines above; {company} stays as written."),
                List.of(new Answer("He said \"hi\"", "ответ"), new Answer("\"quoted\"", "ответ"),
                        new Answer("a -> b → c", "ответ"), new Answer("«Да»", "ответ"), new Answer(" padded ", "ответ"),
                        new Answer("", "k_1-2")), null);
        var untitled = new ScriptStep("ответ", "", "#hashtag -> not markup", List.of(), "call_back");
        var blankOutcome = new ScriptStep("x", "X", "Text.", List.of(), "");
        var objection = new ScriptStep("k_1-2", "Возражение", "Ответ.", List.of(new Answer("Ладно", "x")), null);
        var script = new Script("Тест", List.of(opening, untitled, blankOutcome), "Возражения", List.of(objection));

        assertRoundTrip(script);
        String text = ScriptFormat.write(script);
        assertTrue(text.contains("\n\\- not an answer\n\\=> not an outcome\n\\# not a heading\n\\## not a step\n"
                + "\\\\ starts with a backslash\n\\  - an indented dash\n"), text);
        assertTrue(text.contains("\n## ответ:\n#hashtag -> not markup\n"), text);
        assertRoundTrip(new Script("Renamed library, no objections", List.of(blankOutcome), "Возражения", List.of()));
    }

    @Test
    void writingMakesLinesOfWhatCannotSpanLines() {
        var step = new ScriptStep("a", " Two\nlines ", "\n  Text.  \n", List.of(new Answer("Yes,\r\nplease", "a")), null);
        var script = new Script("Name\non two lines", List.of(step), "Objections", List.of());

        String text = ScriptFormat.write(script);

        assertEquals("# Name on two lines\n\n## a: Two lines\nText.\n\n- \"Yes, please\" -> a\n", text);
        assertEquals(text, ScriptFormat.write(ScriptFormat.parse(text)));
    }

    @ParameterizedTest
    @FieldSource("DEMO_SCRIPTS")
    void theDemoScriptsAreCanonicalAndRoundTrip(String name) {
        String text = demo(name);
        Script script = ScriptFormat.parse(text);

        assertEquals(text, ScriptFormat.write(script));
        assertRoundTrip(script);
        assertTrue(script.steps().size() >= 10, name);
        assertTrue(script.objections().size() >= 5, name);
    }

    @Test
    void aMissingOrEmptyNameIsReported() {
        assertEquals(List.of(problem(Kind.NO_TITLE, 3, "", "")), problems("\n\n## a: A\nHi.\n"));
        assertEquals(List.of(problem(Kind.NO_TITLE, 1, "", "")), problems("#\n\n## a: A\nHi.\n"));
    }

    @Test
    void textOutsideAnyStepIsReportedOncePerParagraph() {
        assertEquals(List.of(problem(Kind.STEP_WITHOUT_HEADING, 2, "", "An introduction nobody will read."),
                        problem(Kind.STEP_WITHOUT_HEADING, 9, "", "\"stray\" -> a")),
                problems("""
                        # N
                        An introduction nobody will read.
                        Its second line.

                        ## a: A
                        Hi.

                        # Objections
                        - "stray" -> a

                        ## b: B
                        Hm.
                        """));
    }

    @Test
    void anAnswerWithoutATargetIsReported() {
        assertEquals(List.of(problem(Kind.ANSWER_WITHOUT_TARGET, 4, "Greeting", "Yes"),
                        problem(Kind.ANSWER_WITHOUT_TARGET, 5, "Greeting", "\"No\" ->")),
                problems("# N\n## a: Greeting\nHi.\n- Yes\n- \"No\" ->\n"));
    }

    @Test
    void aHeadingWithNoWordsAndATargetOfSeveralWordsAreBadKeys() {
        assertEquals(List.of(problem(Kind.BAD_KEY, 3, "???", "???"), problem(Kind.BAD_KEY, 8, "B", "next step")),
                problems("# N\n\n## ???\nHi.\n\n## b: B\nHi.\n- \"Yes\" -> next step\n"));
    }

    @Test
    void aSecondOutcomeIsReported() {
        assertEquals(List.of(problem(Kind.TWO_OUTCOMES, 6, "A", "not_interested")),
                problems("# N\n\n## a: A\nBye.\n=> call_back\n=> not_interested\n"));
    }

    @Test
    void aKeyUsedTwiceIsReportedEvenAcrossTheObjections() {
        assertEquals(List.of(problem(Kind.DUPLICATE_KEY, 8, "Again", "a")),
                problems("# N\n\n## a: A\nHi.\n\n# Objections\n\n## a: Again\nHm.\n"));
    }

    @Test
    void textBelowTheAnswersIsReportedOnce() {
        assertEquals(List.of(problem(Kind.TEXT_AFTER_ANSWERS, 6, "A", "(Then smile.)")),
                problems("# N\n\n## a: A\nHi.\n- \"Yes\" -> a\n(Then smile.)\nMore.\n"));
    }

    @Test
    void aThirdHeadingIsReported() {
        assertEquals(List.of(problem(Kind.EXTRA_HEADING, 5, "", "More objections")),
                problems("# N\n## a: A\nHi.\n# Objections\n# More objections\n"));
    }

    @Test
    void everyProblemIsReportedAtOnceInLineOrder() {
        assertEquals(List.of(
                        problem(Kind.NO_TITLE, 1, "", ""),
                        problem(Kind.ANSWER_WITHOUT_TARGET, 3, "Greeting", "\"Yes\""),
                        problem(Kind.TWO_OUTCOMES, 7, "End", "busy"),
                        problem(Kind.DUPLICATE_KEY, 8, "Greeting again", "greeting"),
                        problem(Kind.TEXT_AFTER_ANSWERS, 11, "Greeting again", "Hm.")),
                problems("""
                        ## greeting: Greeting
                        Hi.
                        - "Yes"
                        - "No" -> end
                        ## end: End
                        => call_back
                        => busy
                        ## greeting: Greeting again
                        Hi again.
                        - "Yes" -> end
                        Hm.
                        """));
    }

    @Test
    void anOldPlainScriptReadsAsALinearScript() {
        Script script = ScriptFormat.parse(OLD_PLAIN_SCRIPT);

        assertEquals("", script.name());
        assertEquals(List.of("greeting", "getting-through", "if-asked-what-is-it-regarding", "introduction",
                        "reason-for-the-call", "question-1", "question-2", "question-3", "offer",
                        "if-we-already-have-a-supplier", "next-step", "closing"),
                script.steps().stream().map(ScriptStep::key).toList());
        assertEquals(new ScriptStep("greeting", "Greeting", "Good afternoon! My name is {caller}, I'm calling from "
                        + "Paper Crane, we deliver office supplies and consumables to businesses. Is {person} available "
                        + "at the moment?", List.of(new Answer("…", "getting-through")), null),
                script.steps().get(0));
        assertEquals("If asked \"What is it regarding?\"", script.steps().get(2).title());
        assertEquals(new ScriptStep("closing", "Closing", "Thank you for your time! I'll send the proposal today "
                + "and call you on the day we agreed. Have a good day!", List.of(), null), script.steps().get(11));
        for (int i = 0; i + 1 < script.steps().size(); i++) {
            assertEquals(List.of(new Answer("…", script.steps().get(i + 1).key())), script.steps().get(i).answers());
        }
        assertEquals(List.of(), script.objections());
    }

    @Test
    void anOldPlainScriptKeepsItsNameAndTitlesStepsItCannotName() {
        Script script = ScriptFormat.parse("\uFEFF# Old script\r\n\r\nOffer: a proposal.\r\n  \r\n"
                + "No title here.\nSecond line.\n\nOffer: again.\n\n" + "A".repeat(61) + ": too long for a title.\n");

        assertEquals("Old script", script.name());
        assertEquals(List.of("offer", "step-2", "offer-2", "step-4"), script.steps().stream().map(ScriptStep::key).toList());
        assertEquals(List.of("Offer", "Step 2", "Offer", "Step 4"), script.steps().stream().map(ScriptStep::title).toList());
        assertEquals(List.of("a proposal.", "No title here.\nSecond line.", "again.", "A".repeat(61) + ": too long for a title."),
                script.steps().stream().map(ScriptStep::text).toList());
        assertRoundTrip(script);
    }
}
