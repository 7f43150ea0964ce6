package app.obzvon.handoff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The words in a hand-over file: column headings, outcome names and the sheet's name.
 *
 * @param headers       a column's heading
 * @param outcomeLabels the translated name of a built-in outcome by its code (e.g. the UI's
 *                      {@code code -> i18n.get("outcome." + code)}); used when the outcome has no
 *                      label of its own; a null answer leaves the code
 * @param sheetName     the XLSX sheet's name
 */
public record LeadTexts(Function<LeadColumn, String> headers, Function<String, String> outcomeLabels,
                        String sheetName) {

    public LeadTexts {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(outcomeLabels, "outcomeLabels");
        Objects.requireNonNull(sheetName, "sheetName");
    }

    /** The built-in Russian or English headings (Russian for a Russian locale, English otherwise). */
    public static LeadTexts of(Locale locale, Function<String, String> outcomeLabels) {
        return new LeadTexts(column -> column.header(locale), outcomeLabels,
                "ru".equals(locale.getLanguage()) ? "Лиды" : "Leads");
    }

    /**
     * The words for a file, looked up on the calling thread only: the file may be written on another
     * thread without ever calling the functions given (a UI's resource bundle stays on its side).
     */
    Resolved resolve() {
        var heads = new String[LeadColumn.values().length];
        for (var column : LeadColumn.values()) {
            heads[column.ordinal()] = Objects.requireNonNullElse(headers.apply(column), column.name());
        }
        return new Resolved(List.of(heads), new ConcurrentHashMap<>(), sheetName, outcomeLabels);
    }

    /**
     * Headings in column order, the sheet's name, and outcome names by code, learnt lead by lead on the
     * calling thread before the lead is passed to the writing thread.
     */
    static final class Resolved {

        private final List<String> headers;
        private final Map<String, String> outcomeNames;
        private final String sheetName;
        private final Function<String, String> outcomeLabels;

        private Resolved(List<String> headers, Map<String, String> outcomeNames, String sheetName,
                         Function<String, String> outcomeLabels) {
            this.headers = headers;
            this.outcomeNames = outcomeNames;
            this.sheetName = sheetName;
            this.outcomeLabels = outcomeLabels;
        }

        /** On the calling thread, before the lead goes to the writer. */
        Resolved learn(Lead lead) {
            if (lead.outcomeLabel() == null || lead.outcomeLabel().isBlank()) {
                outcomeNames.computeIfAbsent(lead.outcomeCode(),
                        code -> Objects.requireNonNullElse(outcomeLabels.apply(code), code));
            }
            return this;
        }

        /** On the calling thread. */
        Resolved learnAll(Iterable<Lead> leads) {
            leads.forEach(this::learn);
            return this;
        }

        String header(LeadColumn column) {
            return headers.get(column.ordinal());
        }

        String sheetName() {
            return sheetName;
        }

        /** The outcome's own label, else the translated name of its code (learnt before). */
        String outcome(Lead lead) {
            var label = lead.outcomeLabel();
            return label == null || label.isBlank() ? outcomeNames.get(lead.outcomeCode()) : label;
        }
    }
}
