package app.obzvon.script;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptTest {

    @Test
    void fieldsAreFilledFromTheContactAndTheCaller() {
        var values = Map.of("company", "ООО «Парус»", "person", "Ирина", "caller", "Анна");
        assertEquals("Добрый день, Ирина! Меня зовут Анна, звоню в ООО «Парус».",
                ScriptFields.fill("Добрый день, {person}! Меня зовут {caller}, звоню в {company}.", values, "…"));
    }

    @Test
    void aMissingValueShowsAGapAndAnUnknownFieldStaysAsWritten() {
        var values = new HashMap<String, String>();
        values.put("person", null);
        assertEquals("Hello, …! {unknown}", ScriptFields.fill("Hello, {person}! {unknown}", values, "…"));
    }

    @Test
    void aNameEndingInAFullStopDoesNotDoubleTheScriptsFullStop() {
        assertEquals("для ИП Жукова Т. К. Это займёт минуту.",
                ScriptFields.fill("для {company}. Это займёт минуту.", Map.of("company", "ИП Жукова Т. К."), "…"));
    }
}
