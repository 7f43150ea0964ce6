package app.obzvon.script;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Step keys: one word that answers point to, written by the author or made from a step's title. */
public final class StepKeys {

    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private StepKeys() {
    }

    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** "Question 1: budget?" becomes "question-1-budget"; empty when the title has no letters or digits. */
    public static String slug(String title) {
        String dashed = NOT_LETTERS.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("-");
        return dashed.replaceAll("^-+|-+$", "");
    }

    /** {@code base}, or base-2, base-3... whichever is not taken yet. */
    public static String unique(String base, Set<String> taken) {
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
