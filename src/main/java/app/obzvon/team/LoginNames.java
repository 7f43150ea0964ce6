package app.obzvon.team;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The login a person's name suggests on a server: Latin letters, digits and underscores, the Russian
 * alphabet transliterated ("Анна Иванова" → anna_ivanova). The server puts the base's name in front
 * and numbers it when taken ({@code guard.person_login}).
 */
public final class LoginNames {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    /** Long enough to tell people apart; the base's name and a number still fit in PostgreSQL's 63. */
    static final int MAX = 24;

    private LoginNames() {
    }

    public static String from(String name) {
        var out = new StringBuilder();
        var lower = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length() && out.length() < MAX; i++) {
            char c = lower.charAt(i);
            var cyrillic = CYRILLIC.get(c);
            if (cyrillic != null) {
                out.append(cyrillic);
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '.') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
            }
        }
        var login = out.length() > MAX ? out.substring(0, MAX) : out.toString();
        while (login.endsWith("_")) {
            login = login.substring(0, login.length() - 1);
        }
        return login.isEmpty() ? "person" : login;
    }
}
