package app.obzvon.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scripts as Markdown-like text a supervisor can edit by hand: {@code # name}, then one
 * {@code ## key: Title} block per step with its text, its answers ({@code - "said" -> key}) and
 * its suggested outcome ({@code => code}); a second {@code # } heading opens the objections.
 * A text with no {@code ##} heading at all is the old plain format, one step per paragraph.
 */
public final class ScriptFormat {

    public static final String DEFAULT_OBJECTIONS_TITLE = "Objections";

    private ScriptFormat() {
    }

    /** The script in {@code text}; throws {@link ScriptFormatException} with every problem found. */
    public static Script parse(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = List.of(withoutBom.split("\\R", -1));
        boolean plain = lines.stream().noneMatch(l -> ScriptLine.of(l).kind() == ScriptLine.Kind.STEP_HEADING);
        return plain ? PlainScript.read(lines) : new ScriptReader().read(lines);
    }

    /**
     * The canonical text of a script; {@link #parse} gives the same script back. Line breaks in
     * names, titles and answers become spaces, and blanks around names and titles are dropped.
     */
    public static String write(Script script) {
        List<String> blocks = new ArrayList<>();
        blocks.add(heading("#", script.name()));
        script.steps().forEach(step -> blocks.addAll(blocks(step)));
        String objectionsTitle = Objects.requireNonNullElse(script.objectionsTitle(), DEFAULT_OBJECTIONS_TITLE);
        // A renamed but empty library is still written, or reading the text back would lose its title.
        if (!script.objections().isEmpty() || !objectionsTitle.equals(DEFAULT_OBJECTIONS_TITLE)) {
            blocks.add(heading("#", objectionsTitle));
            script.objections().forEach(step -> blocks.addAll(blocks(step)));
        }
        return String.join("\n\n", blocks) + "\n";
    }

    /** The heading with its text, then the answers and the outcome. */
    private static List<String> blocks(ScriptStep step) {
        List<String> head = new ArrayList<>();
        head.add(heading("##", step.key() + ": " + oneLine(step.title()).strip()));
        String text = step.text().strip();
        if (!text.isEmpty()) {
            text.lines().map(String::stripTrailing).map(ScriptFormat::escaped).forEach(head::add);
        }
        List<String> tail = new ArrayList<>();
        step.answers().forEach(a -> tail.add("- \"" + oneLine(a.said()) + "\" -> " + a.next()));
        if (step.outcome() != null) {
            tail.add(heading("=>", step.outcome()));
        }
        String body = String.join("\n", head);
        return tail.isEmpty() ? List.of(body) : List.of(body, String.join("\n", tail));
    }

    private static String escaped(String textLine) {
        return textLine.isEmpty() || ScriptLine.readsAsText(textLine) ? textLine : ScriptLine.ESCAPE + textLine;
    }

    private static String heading(String marker, String text) {
        String line = oneLine(text).strip();
        return line.isEmpty() ? marker : marker + " " + line;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
