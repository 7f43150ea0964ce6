package app.obzvon.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A text as lower-case words, so "Тел.", "ТЕЛ" and "тел" read the same, and "ё" as "е". */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                word.append(lower == 'ё' ? 'е' : lower);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    /** Whether the words hold the phrase's words one after another. */
    static boolean contain(List<String> words, List<String> phrase) {
        return Collections.indexOfSubList(words, phrase) >= 0;
    }
}
