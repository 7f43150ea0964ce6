package app.obzvon.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of the text format is. The writer asks the same question of every text line it
 * writes, so a line the reader would mistake for markup gets a leading backslash.
 */
record ScriptLine(Kind kind, String content) {

    enum Kind { BLANK, HEADING, STEP_HEADING, ANSWER, OUTCOME, TEXT }

    static final String ESCAPE = "\\";

    // Markup is recognised after the indentation, so an indented "- answer" is still an answer.
    private static final Pattern HEADING = Pattern.compile("(##?)(?:\\s+(.*))?");
    private static final Pattern ANSWER = Pattern.compile("-(?:\\s+(.*))?");
    private static final Pattern OUTCOME = Pattern.compile("=>(.*)");

    static ScriptLine of(String raw) {
        if (raw.startsWith(ESCAPE)) {
            return new ScriptLine(Kind.TEXT, raw.substring(1).stripTrailing());
        }
        String line = raw.strip();
        if (line.isEmpty()) {
            return new ScriptLine(Kind.BLANK, "");
        }
        Matcher m = HEADING.matcher(line);
        if (m.matches()) {
            return new ScriptLine(m.group(1).length() == 1 ? Kind.HEADING : Kind.STEP_HEADING, orEmpty(m.group(2)));
        }
        m = ANSWER.matcher(line);
        if (m.matches()) {
            return new ScriptLine(Kind.ANSWER, orEmpty(m.group(1)));
        }
        m = OUTCOME.matcher(line);
        if (m.matches()) {
            return new ScriptLine(Kind.OUTCOME, m.group(1).strip());
        }
        return new ScriptLine(Kind.TEXT, raw.stripTrailing());
    }

    /** True when the reader would take this line of step text for the same text line. */
    static boolean readsAsText(String textLine) {
        ScriptLine line = of(textLine);
        return line.kind == Kind.TEXT && line.content.equals(textLine);
    }

    private static String orEmpty(String group) {
        return group == null ? "" : group;
    }
}
