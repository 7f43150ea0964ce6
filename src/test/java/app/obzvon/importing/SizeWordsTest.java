package app.obzvon.importing;

import app.obzvon.contact.CompanySize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SizeWordsTest {

    /** «Маленький» was not recognised: a third of a generated base got an extra field row instead of a size. */
    @ParameterizedTest
    @CsvSource({
            "Маленький, SMALL", "маленькая фирма, SMALL", "Малый бизнес, SMALL", "мелкие, SMALL", "Small, SMALL",
            "Средний, MEDIUM", "Крупный, LARGE", "Непрофильный, NON_PROFILE"})
    void readsTheSizeBasesWrite(String text, CompanySize size) {
        assertEquals(size, SizeWords.of(text));
    }

    @ParameterizedTest
    @CsvSource({"Ромашка", "'—'"})
    void namesNoSizeInOtherWords(String text) {
        assertEquals(null, SizeWords.of(text));
    }
}
