package app.obzvon.handoff;

/**
 * How a CSV file is written. It is always UTF-8 with CRLF line ends.
 *
 * @param delimiter the field separator
 * @param bom       whether the file starts with a UTF-8 byte order mark (Excel needs it to read UTF-8)
 */
public record CsvOptions(char delimiter, boolean bom) {

    /** {@code ;} and a BOM: Excel in a Russian locale opens it with the columns and the Cyrillic right. */
    public static final CsvOptions EXCEL = new CsvOptions(';', true);
    /** {@code ,} without a BOM: for other programs. */
    public static final CsvOptions PLAIN = new CsvOptions(',', false);

    public CsvOptions {
        if (delimiter == '"' || delimiter == '\'' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("cannot separate fields with " + (int) delimiter);
        }
    }
}
