package app.obzvon.ui.script;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The letter keys of the script pane, by their place on the keyboard: answers on the home row,
 * objections on the row above. A caller on the Russian layout presses the same keys (ФЫВА…,
 * ЙЦУК…), which some platforms report only as the Cyrillic letter.
 */
public final class ScriptKeys {

    public static final String ANSWERS = "ASDFGHJKL";
    public static final String OBJECTIONS = "QWERTYUIOP";
    public static final char UNMATCHED = 'Z';

    private static final String LATIN = "QWERTYUIOPASDFGHJKLZXCVBNM";
    private static final String CYRILLIC = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ";

    private ScriptKeys() {
    }

    /** The Latin letter at the key pressed, or 0 for anything else or with Ctrl, Alt or Meta held. */
    public static char letter(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return 0;
        }
        if (e.getCode().isLetterKey()) {
            return e.getCode().getName().charAt(0);
        }
        String text = e.getText();
        if (text != null && text.length() == 1) {
            int at = CYRILLIC.indexOf(Character.toUpperCase(text.charAt(0)));
            return at < 0 ? 0 : LATIN.charAt(at);
        }
        return 0;
    }

    public static boolean is(KeyEvent e, KeyCode code) {
        return e.getCode() == code && !e.isShortcutDown() && !e.isAltDown();
    }

    /** The key shown on the answer button with this index, or null past the ninth. */
    public static String answerKey(int index) {
        return index < ANSWERS.length() ? String.valueOf(ANSWERS.charAt(index)) : null;
    }

    public static String objectionKey(int index) {
        return index < OBJECTIONS.length() ? String.valueOf(OBJECTIONS.charAt(index)) : null;
    }
}
