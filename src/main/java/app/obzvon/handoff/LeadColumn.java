package app.obzvon.handoff;

import java.util.Locale;

/** The columns of a hand-over file, in their order, with their headings in Russian and English. */
public enum LeadColumn {
    COMPANY("Компания", "Company"),
    PERSON("Контактное лицо", "Person"),
    PHONES("Телефоны", "Phones"),
    CITY("Город", "City"),
    OUTCOME("Результат", "Outcome"),
    CALLER("Оператор", "Caller"),
    CALLED_AT("Дата звонка", "Called at"),
    NOTE("Заметка", "Note"),
    AGREED_AT("Перезвон / встреча", "Callback / meeting");

    private final String russian;
    private final String english;

    LeadColumn(String russian, String english) {
        this.russian = russian;
        this.english = english;
    }

    /** The heading in Russian for a Russian locale, in English for any other. */
    public String header(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? russian : english;
    }
}
