package app.obzvon.ui.script;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptKeysTest {

    private static KeyEvent pressed(KeyCode code, String text, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code, false, control, false, false);
    }

    @Test
    void aLetterKeyIsItsLatinLetter() {
        assertEquals('A', ScriptKeys.letter(pressed(KeyCode.A, "a", false)));
        assertEquals('Q', ScriptKeys.letter(pressed(KeyCode.Q, "q", false)));
    }

    @Test
    void onTheRussianLayoutTheSameKeyCountsEvenWhenOnlyTheCyrillicLetterIsReported() {
        assertEquals('A', ScriptKeys.letter(pressed(KeyCode.UNDEFINED, "ф", false)));
        assertEquals('S', ScriptKeys.letter(pressed(KeyCode.UNDEFINED, "Ы", false)));
        assertEquals('Q', ScriptKeys.letter(pressed(KeyCode.UNDEFINED, "й", false)));
        assertEquals('Z', ScriptKeys.letter(pressed(KeyCode.UNDEFINED, "я", false)));
    }

    @Test
    void shortcutsAndOtherKeysAreNotScriptKeys() {
        assertEquals(0, ScriptKeys.letter(pressed(KeyCode.R, "r", true)), "Ctrl+R opens analytics");
        assertEquals(0, ScriptKeys.letter(pressed(KeyCode.DIGIT1, "1", false)));
        assertEquals(0, ScriptKeys.letter(pressed(KeyCode.UNDEFINED, "ё", false)));
    }
}
