package app.obzvon.settings;


import app.obzvon.common.Tx;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/** Typed access to the settings, with the defaults a new workstation starts from. */
public final class Settings {

    static final String RETRY_DELAY_MINUTES = "retry.delay.minutes";
    static final String MAX_ATTEMPTS = "retry.max.attempts";
    static final String WORKDAY_END = "workday.end";
    static final String RECALL_AFTER_DAYS = "recall.after.days";
    static final String LANGUAGE = "ui.language";
    static final String LOCK_AFTER_MINUTES = "lock.after.minutes";
    static final String SHIFT_AT_SIGN_IN = "shift.starts.at.sign.in";
    public static final Duration DEFAULT_LOCK_AFTER = Duration.ofMinutes(10);

    private final SettingsRepository repository;
    /** Read once and kept: every key press needs them, and they change only when reloaded. */
    private volatile CallingRules rules;

    public Settings(SettingsRepository repository) {
        this.repository = repository;
    }

    /** The calling rules as last read; the first call reads them, in the caller's transaction. */
    public CallingRules callingRules(Tx tx) {
        var kept = rules;
        return kept != null ? kept : reloadRules(tx);
    }

    /** Reads the rules again, in one statement: a supervisor may have changed them since. */
    public CallingRules reloadRules(Tx tx) {
        var all = repository.all(tx);
        var defaults = CallingRules.DEFAULT;
        var delay = Optional.ofNullable(all.get(RETRY_DELAY_MINUTES)).map(Long::parseLong).map(Duration::ofMinutes)
                .orElse(defaults.retryDelay());
        int attempts = Optional.ofNullable(all.get(MAX_ATTEMPTS)).map(Integer::parseInt).orElse(defaults.maxAttempts());
        var end = Optional.ofNullable(all.get(WORKDAY_END)).map(LocalTime::parse).orElse(defaults.workdayEnd());
        var recall = Optional.ofNullable(all.get(RECALL_AFTER_DAYS)).map(Long::parseLong).map(Duration::ofDays)
                .orElse(defaults.recallAfter());
        rules = new CallingRules(delay, attempts, end, recall);
        return rules;
    }

    /** Stores the calling rules; {@link #reloadRules} reads them back. */
    public void saveRules(Tx tx, CallingRules r) {
        repository.put(tx, RETRY_DELAY_MINUTES, Long.toString(r.retryDelay().toMinutes()));
        repository.put(tx, MAX_ATTEMPTS, Integer.toString(r.maxAttempts()));
        repository.put(tx, WORKDAY_END, r.workdayEnd().toString());
        repository.put(tx, RECALL_AFTER_DAYS, Long.toString(r.recallAfter().toDays()));
    }

    /** The language the user chose; empty means "follow the system". */
    public Optional<Locale> language(Tx tx) {
        return repository.get(tx, LANGUAGE).filter(s -> !s.isBlank()).map(Locale::forLanguageTag);
    }

    public void saveLanguage(Tx tx, Locale locale) {
        repository.put(tx, LANGUAGE, locale == null ? "" : locale.toLanguageTag());
    }

    /** How long a screen may stay idle before it locks. */
    public Duration lockAfter(Tx tx) {
        return repository.get(tx, LOCK_AFTER_MINUTES).map(Long::parseLong).map(Duration::ofMinutes)
                .orElse(DEFAULT_LOCK_AFTER);
    }

    public void saveLockAfter(Tx tx, Duration idle) {
        repository.put(tx, LOCK_AFTER_MINUTES, Long.toString(idle.toMinutes()));
    }

    /** Whether a caller's shift starts when they sign in (and ends when they sign out); else by hand. */
    public boolean shiftStartsAtSignIn(Tx tx) {
        return repository.get(tx, SHIFT_AT_SIGN_IN).map(Boolean::parseBoolean).orElse(true);
    }

    public void saveShiftStartsAtSignIn(Tx tx, boolean atSignIn) {
        repository.put(tx, SHIFT_AT_SIGN_IN, Boolean.toString(atSignIn));
    }
}
