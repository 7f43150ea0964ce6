package app.obzvon.script;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {company}}, {@code {person}}, {@code {caller}} and the like into a script line. */
public final class ScriptFields {

    private static final Pattern FIELD = Pattern.compile("\\{([a-z_]+)}");

    private ScriptFields() {
    }

    /**
     * Replaces each known field with its value; a field with no value gets {@code missing}, so the
     * caller sees a gap to fill rather than a brace. Unknown fields stay as written.
     */
    public static String fill(String text, Map<String, String> values, String missing) {
        Matcher m = FIELD.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (!values.containsKey(name)) {
                replacement = m.group();
            } else {
                String value = values.get(name);
                replacement = value == null || value.isBlank() ? missing : value;
                // "ИП Жукова Т. К." before the script's own full stop must not read "Т. К..".
                if (replacement.endsWith(".") && text.startsWith(".", m.end())) {
                    replacement = replacement.substring(0, replacement.length() - 1);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
