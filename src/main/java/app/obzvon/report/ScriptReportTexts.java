package app.obzvon.report;

import java.util.List;

/**
 * The words of an exported report, in the supervisor's language: the seven column headings (key,
 * step, kind, reached, ended there, leads, lead share %), the two kinds, and the sheet's name.
 */
public record ScriptReportTexts(List<String> headers, String step, String objection, String sheetName) {

    public ScriptReportTexts {
        headers = List.copyOf(headers);
        if (headers.size() != 7) {
            throw new IllegalArgumentException("seven headings, not " + headers.size());
        }
    }
}
