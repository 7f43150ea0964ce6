package app.obzvon.common;

/**
 * Keeps text from being run as a formula when a spreadsheet opens the file (CSV injection, OWASP):
 * a value starting with {@code = + - @}, a tab or a carriage return gets a leading {@code '}, which
 * makes Excel and LibreOffice take the rest as text.
 */
public final class SpreadsheetText {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    public static boolean startsLikeAFormula(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text made safe; null becomes empty. */
    public static String neutralized(String text) {
        if (text == null) {
            return "";
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /**
     * An E.164 phone cell ({@code +7...}) of an XLSX file: a string cell is never a formula, so the
     * number stays dialable as it is; anything else in the cell is neutralised as usual.
     */
    public static String xlsxPhones(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '+' && Character.isDigit(text.charAt(1))) {
            return text;
        }
        return neutralized(text);
    }
}
