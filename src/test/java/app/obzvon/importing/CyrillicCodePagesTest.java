package app.obzvon.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.List;

import static app.obzvon.importing.CyrillicCodePages.CP866;
import static app.obzvon.importing.CyrillicCodePages.KOI8_R;
import static app.obzvon.importing.CyrillicCodePages.WINDOWS_1251;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Russian text in each single-byte code page is taken for that code page, however little of it there is. */
class CyrillicCodePagesTest {

    private static final List<String> TEXTS = List.of(
            "Компания;Телефон;Контактное лицо;Город\r\nООО «Ромашка»;8 (495) 123-45-67;Иванов Иван;Москва\r\n",
            // Capitals only: read through the wrong page, capitals turn into common small letters.
            "НАИМЕНОВАНИЕ;ТЕЛЕФОН\r\nООО РОМАШКА;84951234567\r\nАО ВЕКТОР;83832223344\r\n",
            "Город;Телефон\nМосква;+7 495 111-22-33\n",
            "Ёлки;№ 5 — «Щи»;съезд",
            "Москва");

    @Test
    void eachCodePageIsTakenForItself() {
        for (Charset page : List.of(WINDOWS_1251, KOI8_R, CP866)) {
            for (String text : TEXTS) {
                assertEquals(page, CyrillicCodePages.guess(text.getBytes(page)), page + ": " + text);
            }
        }
    }

    @Test
    void nothingToTellThemApartIsWindows1251() {
        assertEquals(WINDOWS_1251, CyrillicCodePages.guess("Phone;Company\r\n".getBytes(WINDOWS_1251)));
    }
}
