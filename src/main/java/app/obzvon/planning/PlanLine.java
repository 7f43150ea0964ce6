package app.obzvon.planning;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One line of the plan's arithmetic, as a text key and its arguments for the person's language
 * ("2,000,000 ₽ ÷ 50,000 ₽ average deal = 40 payments"). {@code exact} is the quotient before it was
 * rounded up, null when the division came out whole. A {@link Conversion} among the arguments is
 * shown by its name.
 */
public record PlanLine(String key, List<Object> args, Double exact) {

    /** The text added to a line whose figure was rounded up, with {@code exact} as its argument. */
    public static final String ROUNDED_UP = "planner.rounded.up";

    public PlanLine {
        args = List.copyOf(args);
    }

    public static PlanLine of(String key, Object... args) {
        return new PlanLine(key, List.of(args), null);
    }

    /** The line in a language: the window's, or a test's. */
    public String text(ResourceBundle texts, Locale locale) {
        var shown = args.stream().map(a -> a instanceof Conversion c ? texts.getString(c.key()) : a).toArray();
        var text = new MessageFormat(texts.getString(key), locale).format(shown);
        return exact == null ? text
                : text + new MessageFormat(texts.getString(ROUNDED_UP), locale).format(new Object[]{exact});
    }
}
