package app.obzvon.script;

import app.obzvon.script.ScriptProblem.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What keeps a script from being saved: a caller must be able to follow it from the first step to
 * an end, and its text must read back as the same script ({@link ScriptFormat}). Problems come in
 * script order, steps before objections.
 */
public final class ScriptCheck {

    private ScriptCheck() {
    }

    /** Empty when the script can be saved; {@code outcomeCodes} are the codes an end step may suggest. */
    public static List<ScriptProblem> problems(Script script, Set<String> outcomeCodes) {
        List<ScriptProblem> problems = new ArrayList<>();
        if (blank(script.name())) {
            problems.add(new ScriptProblem(Kind.NO_TITLE, 0, "", ""));
        }
        if (script.steps().isEmpty()) {
            problems.add(new ScriptProblem(Kind.NO_STEPS, 0, "", ""));
        }
        Set<String> keys = script.all().map(ScriptStep::key).collect(Collectors.toSet());
        Set<String> reachable = reachable(script);
        Set<String> seen = new HashSet<>();
        for (ScriptStep step : script.steps()) {
            problems.addAll(stepProblems(step, keys, seen, outcomeCodes));
            if (step.ends() && step.outcome() == null) {
                problems.add(problem(Kind.DEAD_END, step, ""));
            }
            if (!reachable.contains(step.key())) {
                problems.add(problem(Kind.UNREACHABLE, step, ""));
            }
        }
        // An objection with no answers is fine: the caller returns from it to the conversation.
        for (ScriptStep objection : script.objections()) {
            problems.addAll(stepProblems(objection, keys, seen, outcomeCodes));
        }
        return problems;
    }

    private static List<ScriptProblem> stepProblems(ScriptStep step, Set<String> keys, Set<String> seen,
                                                    Set<String> outcomeCodes) {
        List<ScriptProblem> problems = new ArrayList<>();
        if (!StepKeys.isKey(step.key())) {
            problems.add(problem(Kind.BAD_KEY, step, orEmpty(step.key())));
        } else if (!seen.add(step.key())) {
            problems.add(problem(Kind.DUPLICATE_KEY, step, step.key()));
        }
        if (blank(step.text())) {
            problems.add(problem(Kind.EMPTY_TEXT, step, ""));
        }
        for (Answer answer : step.answers()) {
            if (blank(answer.said())) {
                problems.add(problem(Kind.EMPTY_ANSWER, step, orEmpty(answer.next())));
            }
            if (!keys.contains(answer.next())) {
                problems.add(problem(Kind.DANGLING_ANSWER, step, orEmpty(answer.next())));
            }
        }
        if (step.outcome() != null && !outcomeCodes.contains(step.outcome())) {
            problems.add(problem(Kind.UNKNOWN_OUTCOME, step, step.outcome()));
        }
        return problems;
    }

    /** Keys a call can get to: from the first step and from every objection, following answers. */
    private static Set<String> reachable(Script script) {
        Map<String, List<String>> targets = new HashMap<>();
        script.all().forEach(s -> targets.computeIfAbsent(s.key(), k -> new ArrayList<>())
                .addAll(s.answers().stream().map(Answer::next).toList()));
        // A list rather than a queue: an answer the supervisor has not pointed anywhere yet leads to null.
        List<String> todo = new ArrayList<>();
        script.first().ifPresent(s -> todo.add(s.key()));
        script.objections().forEach(s -> todo.add(s.key()));
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < todo.size(); i++) {
            if (reached.add(todo.get(i))) {
                todo.addAll(targets.getOrDefault(todo.get(i), List.of()));
            }
        }
        return reached;
    }

    private static ScriptProblem problem(Kind kind, ScriptStep step, String detail) {
        String where = blank(step.title()) ? orEmpty(step.key()) : step.title();
        return new ScriptProblem(kind, 0, where, detail);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
