package app.obzvon.importing;

import app.obzvon.contact.PhoneNumbers;

import java.nio.charset.Charset;

/**
 * How to read the file; every null means "detect it".
 *
 * @param encoding      of a CSV file: UTF-8 (with or without BOM), UTF-16, Windows-1251, KOI8-R
 *                      or CP866 are detected
 * @param delimiter     of a CSV file: ; , tab or | are detected
 * @param sheet         of an XLSX file, by name; null takes the first sheet
 * @param hasHeader     whether the first row names the columns; detected from known column names
 * @param defaultRegion the region of numbers written without a country code, "RU" when null
 */
public record SourceOptions(Charset encoding, Character delimiter, String sheet, Boolean hasHeader,
                            String defaultRegion) {

    public SourceOptions {
        if (defaultRegion == null) {
            defaultRegion = PhoneNumbers.DEFAULT_REGION;
        }
    }

    /** Everything detected, Russian numbers by default. */
    public static SourceOptions detect() {
        return new SourceOptions(null, null, null, null, PhoneNumbers.DEFAULT_REGION);
    }
}
