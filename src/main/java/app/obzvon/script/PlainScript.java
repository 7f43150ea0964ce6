package app.obzvon.script;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The old plain format: an optional {@code # name}, then paragraphs read one after another. Each
 * paragraph becomes a step leading to the next, titled by its "Title: " prefix when it has one.
 * It never fails, so every script saved before steps could branch still opens.
 */
final class PlainScript {

    private static final String GO_ON = "…";
    private static final int LONGEST_TITLE = 60;

    private PlainScript() {
    }

    static Script read(List<String> lines) {
        int start = 0;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        String name = "";
        if (start < lines.size() && ScriptLine.of(lines.get(start)).kind() == ScriptLine.Kind.HEADING) {
            name = ScriptLine.of(lines.get(start)).content();
            start++;
        }
        List<Part> parts = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String paragraph : paragraphs(lines.subList(start, lines.size()))) {
            int colon = paragraph.lines().findFirst().orElse("").indexOf(": ");
            String prefix = colon < 0 ? "" : paragraph.substring(0, colon).strip();
            boolean titled = !prefix.isEmpty() && prefix.length() <= LONGEST_TITLE;
            String title = titled ? prefix : "Step " + (parts.size() + 1);
            String slug = StepKeys.slug(title);
            String key = StepKeys.unique(slug.isEmpty() ? "step" : slug, taken);
            taken.add(key);
            parts.add(new Part(key, title, titled ? paragraph.substring(colon + 2).strip() : paragraph));
        }
        List<ScriptStep> steps = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            List<Answer> answers = i + 1 < parts.size() ? List.of(new Answer(GO_ON, parts.get(i + 1).key())) : List.of();
            steps.add(new ScriptStep(part.key(), part.title(), part.text(), answers, null));
        }
        return new Script(name, steps, ScriptFormat.DEFAULT_OBJECTIONS_TITLE, List.of());
    }

    private record Part(String key, String title, String text) {
    }

    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        var current = new StringBuilder();
        for (String line : lines) {
            if (!line.isBlank()) {
                current.append(line.stripTrailing()).append('\n');
            } else if (!current.isEmpty()) {
                paragraphs.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString().strip());
        }
        return paragraphs;
    }
}
