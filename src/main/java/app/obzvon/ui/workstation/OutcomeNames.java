package app.obzvon.ui.workstation;

import app.obzvon.call.Outcome;
import app.obzvon.ui.common.I18n;

import java.util.List;

/** An outcome's words: the supervisor's own label, or the translation of a built-in code. */
final class OutcomeNames {

    private final I18n i18n;

    OutcomeNames(I18n i18n) {
        this.i18n = i18n;
    }

    /** In the window's language: the supervisor's label in it, else their other one, else the built-in words. */
    String of(Outcome outcome) {
        boolean russian = i18n.locale().getLanguage().equals("ru");
        var first = russian ? outcome.label() : outcome.labelEn();
        var second = russian ? outcome.labelEn() : outcome.label();
        return of(outcome.code(), first != null && !first.isBlank() ? first : second);
    }

    String of(String code, String label) {
        return i18n.outcome(code, label);
    }

    /** The outcome bar's words and key for a code, as the script's suggestion names it. */
    String hint(List<Outcome> outcomes, String code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst()
                .map(o -> o.hotkey() == null ? of(o) : i18n.get("script.suggested.key", of(o), o.hotkey()))
                .orElse(code);
    }
}
