package app.obzvon.importing;

import app.obzvon.contact.CompanySize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The client size as bases write it: "Малый бизнес", "крупный", "Medium", "непрофильный". */
final class SizeWords {

    private static final Map<CompanySize, List<List<String>>> WORDS = new LinkedHashMap<>();

    static {
        words(CompanySize.NON_PROFILE, "непрофильный", "непрофильная", "непрофиль", "не профиль", "non profile",
                "nonprofile");
        words(CompanySize.LARGE, "крупный", "крупная", "крупное", "крупные", "large", "big", "enterprise");
        words(CompanySize.MEDIUM, "средний", "средняя", "среднее", "средние", "medium", "mid", "midsize");
        words(CompanySize.SMALL, "малый", "малая", "малое", "малые", "маленький", "маленькая", "маленькое", "маленькие",
                "мелкий", "мелкая", "мелкое", "мелкие", "микро", "small", "micro");
    }

    private SizeWords() {
    }

    private static void words(CompanySize size, String... phrases) {
        WORDS.put(size, Stream.of(phrases).map(Words::of).toList());
    }

    /** The size the text names, or null when it names none. */
    static CompanySize of(String text) {
        var words = Words.of(text);
        return WORDS.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(phrase -> Words.contain(words, phrase)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
