package app.obzvon.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's text in one language: Russian or English, from {@code i18n/strings*.properties}. */
public final class I18n {

    public static final String BUNDLE = "i18n.strings";
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    public I18n(Locale requested) {
        this.locale = supported(requested);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Russian for a Russian system, English for any other. */
    public static Locale supported(Locale requested) {
        return "ru".equals(requested.getLanguage()) ? LANGUAGES.get(0) : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * An outcome's words: the supervisor's own label; else the translation of a built-in code; else,
     * for an outcome a supervisor added without a label, its code as it is.
     */
    public String outcome(String code, String label) {
        if (label != null && !label.isBlank()) {
            return label;
        }
        return bundle.containsKey("outcome." + code) ? get("outcome." + code) : code;
    }

    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
