package app.obzvon.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/** Typed access to the settings, with the defaults a new workstation starts from. */
public final class Settings {

    static final String RETRY_DELAY_MINUTES = "retry.delay.minutes";
    static final String MAX_ATTEMPTS = "retry.max.attempts";
    static final String WORKDAY_END = "workday.end";
    static final String LANGUAGE = "ui.language";

    private final SettingsRepository repository;

    public Settings(SettingsRepository repository) {
        this.repository = repository;
    }

    public CallingRules callingRules() {
        var defaults = CallingRules.DEFAULT;
        var delay = repository.get(RETRY_DELAY_MINUTES).map(Long::parseLong).map(Duration::ofMinutes)
                .orElse(defaults.retryDelay());
        int attempts = repository.get(MAX_ATTEMPTS).map(Integer::parseInt).orElse(defaults.maxAttempts());
        var end = repository.get(WORKDAY_END).map(LocalTime::parse).orElse(defaults.workdayEnd());
        return new CallingRules(delay, attempts, end);
    }

    /** The language the user chose; empty means "follow the system". */
    public Optional<Locale> language() {
        return repository.get(LANGUAGE).filter(s -> !s.isBlank()).map(Locale::forLanguageTag);
    }

    public void saveLanguage(Locale locale) {
        repository.put(LANGUAGE, locale == null ? "" : locale.toLanguageTag());
    }
}
