package app.obzvon.script;

import app.obzvon.script.ScriptProblem.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code ## key: Title} format line by line, noting every problem before giving up. */
final class ScriptReader {

    // Greedy: the arrow is the last one on the line, so what the prospect says may contain arrows.
    private static final Pattern ARROW = Pattern.compile("(.*)(?:->|→)(.*)");
    private static final List<String> QUOTES = List.of("\"\"", "«»", "“”", "„“");

    private final List<ScriptProblem> problems = new ArrayList<>();
    private final List<ScriptStep> steps = new ArrayList<>();
    private final List<ScriptStep> objections = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private String name;
    private String objectionsTitle;
    private Draft step;
    private int line;
    private int firstContentLine;
    // One problem per paragraph of misplaced text is enough to find it.
    private boolean inMisplacedParagraph;

    Script read(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            line = i + 1;
            accept(ScriptLine.of(lines.get(i)));
        }
        finishStep();
        if (name == null) {
            problems.add(0, new ScriptProblem(Kind.NO_TITLE, Math.max(firstContentLine, 1), "", ""));
        }
        if (!problems.isEmpty()) {
            throw new ScriptFormatException(problems);
        }
        String library = objectionsTitle == null ? ScriptFormat.DEFAULT_OBJECTIONS_TITLE : objectionsTitle;
        return new Script(name, steps, library, objections);
    }

    private void accept(ScriptLine next) {
        if (next.kind() != ScriptLine.Kind.BLANK && firstContentLine == 0) {
            firstContentLine = line;
        }
        switch (next.kind()) {
            case BLANK -> {
                inMisplacedParagraph = false;
                if (step != null && !step.pastText) {
                    step.text.add("");
                }
            }
            case HEADING -> heading(next.content());
            case STEP_HEADING -> startStep(next.content());
            default -> {
                if (step == null) {
                    misplaced(Kind.STEP_WITHOUT_HEADING, next.content());
                } else {
                    stepLine(next);
                }
            }
        }
    }

    private void stepLine(ScriptLine next) {
        switch (next.kind()) {
            case ANSWER -> answer(next.content());
            case OUTCOME -> {
                if (step.outcome == null) {
                    step.outcome = next.content();
                } else {
                    problem(Kind.TWO_OUTCOMES, next.content());
                }
                step.pastText = true;
            }
            default -> {
                if (step.pastText) {
                    misplaced(Kind.TEXT_AFTER_ANSWERS, next.content());
                } else {
                    step.text.add(next.content());
                }
            }
        }
    }

    /** The first heading names the script, the second opens the objections; there is no third. */
    private void heading(String text) {
        finishStep();
        inMisplacedParagraph = false;
        if (name == null && steps.isEmpty() && objectionsTitle == null) {
            name = text;
            if (text.isEmpty()) {
                problem(Kind.NO_TITLE, "");
            }
        } else if (objectionsTitle == null) {
            objectionsTitle = text;
        } else {
            problem(Kind.EXTRA_HEADING, text);
        }
    }

    private void startStep(String heading) {
        finishStep();
        inMisplacedParagraph = false;
        int colon = heading.indexOf(':');
        String written = colon < 0 ? "" : heading.substring(0, colon).strip();
        step = StepKeys.isKey(written)
                ? new Draft(written, heading.substring(colon + 1).strip())
                : new Draft(StepKeys.slug(heading), heading);
        if (step.key.isEmpty()) {
            problem(Kind.BAD_KEY, heading);
        } else if (!keys.add(step.key)) {
            problem(Kind.DUPLICATE_KEY, step.key);
        }
    }

    private void answer(String text) {
        step.pastText = true;
        Matcher m = ARROW.matcher(text);
        String target = m.matches() ? m.group(2).strip() : "";
        if (target.isEmpty()) {
            problem(Kind.ANSWER_WITHOUT_TARGET, text);
        } else if (!StepKeys.isKey(target)) {
            problem(Kind.BAD_KEY, target);
        } else {
            step.answers.add(new Answer(unquoted(m.group(1).strip()), target));
        }
    }

    /** Takes off one pair of outer quotes, so a said that is itself quoted survives being written. */
    private static String unquoted(String said) {
        for (String pair : QUOTES) {
            if (said.length() >= 2 && said.charAt(0) == pair.charAt(0) && said.charAt(said.length() - 1) == pair.charAt(1)) {
                return said.substring(1, said.length() - 1);
            }
        }
        return said;
    }

    private void finishStep() {
        if (step != null) {
            var done = new ScriptStep(step.key, step.title, String.join("\n", step.text).strip(), step.answers, step.outcome);
            (objectionsTitle == null ? steps : objections).add(done);
            step = null;
        }
    }

    private void misplaced(Kind kind, String text) {
        if (!inMisplacedParagraph) {
            problem(kind, text);
        }
        inMisplacedParagraph = true;
    }

    private void problem(Kind kind, String detail) {
        String where = step == null ? "" : step.title.isBlank() ? step.key : step.title;
        problems.add(new ScriptProblem(kind, line, where, detail));
    }

    /** The step being read. */
    private static final class Draft {
        final String key;
        final String title;
        final List<String> text = new ArrayList<>();
        final List<Answer> answers = new ArrayList<>();
        String outcome;
        // Set by any answer or outcome line, even one that could not be read: text below it is misplaced.
        boolean pastText;

        Draft(String key, String title) {
            this.key = key;
            this.title = title;
        }
    }
}
