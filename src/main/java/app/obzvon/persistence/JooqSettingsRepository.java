package app.obzvon.persistence;

import app.obzvon.settings.SettingsRepository;
import org.jooq.DSLContext;

import java.util.Map;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.SETTINGS;

public final class JooqSettingsRepository implements SettingsRepository {

    private final DSLContext dsl;

    public JooqSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> get(String name) {
        return dsl.select(SETTINGS.VALUE).from(SETTINGS).where(SETTINGS.NAME.eq(name)).fetchOptional(SETTINGS.VALUE);
    }

    @Override
    public Map<String, String> all() {
        return dsl.select(SETTINGS.NAME, SETTINGS.VALUE).from(SETTINGS).fetchMap(SETTINGS.NAME, SETTINGS.VALUE);
    }

    @Override
    public void put(String name, String value) {
        dsl.insertInto(SETTINGS, SETTINGS.NAME, SETTINGS.VALUE).values(name, value)
                .onConflict(SETTINGS.NAME).doUpdate().set(SETTINGS.VALUE, value)
                .execute();
    }
}
