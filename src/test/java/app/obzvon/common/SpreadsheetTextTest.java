package app.obzvon.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetTextTest {

    @Test
    void aLeadingFormulaCharacterGetsAQuote() {
        for (var text : new String[] {"=1+1", "+7 495", "-1+2", "@SUM(A1)", "\tx", "\rx", "=", "'=already"}) {
            var expected = text.startsWith("'") ? text : "'" + text;
            assertEquals(expected, SpreadsheetText.neutralized(text), text);
        }
    }

    @Test
    void anythingElseStaysAsItIs() {
        for (var text : new String[] {"Альфа", "1+1", " =1", "a=b", "#1", "'quoted", ""}) {
            assertEquals(text, SpreadsheetText.neutralized(text), text);
        }
        assertEquals("", SpreadsheetText.neutralized(null));
    }

    @Test
    void anXlsxPhoneCellKeepsItsE164PlusButNothingElse() {
        var phones = "+74951234567 ext. 12, +79030000001";
        assertEquals(phones, SpreadsheetText.xlsxPhones(phones));
        assertEquals("'+SUM(1)", SpreadsheetText.xlsxPhones("+SUM(1)"));
        assertEquals("'+", SpreadsheetText.xlsxPhones("+"));
        assertEquals("'=1", SpreadsheetText.xlsxPhones("=1"));
        assertEquals("8 (495) 123", SpreadsheetText.xlsxPhones("8 (495) 123"));
    }
}
