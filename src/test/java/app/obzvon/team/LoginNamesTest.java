package app.obzvon.team;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server login from a person's name: Latin, digits and underscores, short enough for PostgreSQL's 63 with the base's name. */
class LoginNamesTest {

    @Test
    void russianNamesAreTransliterated() {
        assertEquals("anna_ivanova", LoginNames.from("Анна Иванова"));
        assertEquals("shchukin_ezh", LoginNames.from(" Щукин-Ёж "));
        assertEquals("vera_kim", LoginNames.from("Vera  Kim"));
        assertEquals("petr", LoginNames.from("Пётр"));
    }

    @Test
    void whatCannotBeWrittenGivesAPlainLoginAndALongNameIsCut() {
        assertEquals("person", LoginNames.from("李小龙"));
        assertEquals("person", LoginNames.from(" - "));
        var long_ = LoginNames.from("Константин Константинопольский-Первый");
        assertTrue(long_.length() <= LoginNames.MAX, long_);
        assertTrue(long_.matches("[a-z0-9_]+") && !long_.endsWith("_"), long_);
    }
}
