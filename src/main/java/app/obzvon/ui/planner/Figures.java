package app.obzvon.ui.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The planner's fields read and written as people type them: money in whole roubles with any
 * thousands separators ("2 000 000", "2,000,000"), percentages with a comma or a point ("12,5 %").
 * A field that cannot be read is null, and the view model says which.
 */
final class Figures {

    private final Locale locale;

    Figures(Locale locale) {
        this.locale = locale;
    }

    /** Whole roubles; null for anything else (kopecks included: the plan is in roubles). */
    Long money(String text) {
        var digits = ungrouped(text);
        // In English a comma groups thousands; in Russian it would be the kopecks', which the plan has none of.
        if (!locale.getLanguage().equals("ru")) {
            digits = digits.replace(",", "");
        }
        return digits.matches("\\d{1,13}") ? Long.parseLong(digits) : null;
    }

    /** A whole number (days, calls); null for anything else. */
    Integer count(String text) {
        var digits = ungrouped(text);
        return digits.matches("\\d{1,6}") ? Integer.parseInt(digits) : null;
    }

    /** A percentage in basis points (12.5 → 1,250); null when it is not a number. Bounds are the plan's to check. */
    Integer percent(String text) {
        var number = ungrouped(text).replace("%", "").replace(',', '.');
        if (!number.matches("\\d{1,3}(\\.\\d*)?|\\.\\d+")) {
            return null;
        }
        return new BigDecimal(number).movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    String money(long roubles) {
        return NumberFormat.getIntegerInstance(locale).format(roubles);
    }

    String percent(int basisPoints) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(basisPoints / 100.0);
    }

    /** One decimal, for a day's share of a step ("1.9 payments a day"). */
    String perDay(double figure) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(figure);
    }

    private static String ungrouped(String text) {
        // Spaces of every kind: a typed one, the no-break space Russian groups by, the narrow one newer formats use.
        return text == null ? "" : text.replaceAll("[\\s\\u00A0\\u202F']", "");
    }
}
