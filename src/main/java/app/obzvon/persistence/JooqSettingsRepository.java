package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.settings.SettingsRepository;

import java.util.Map;
import java.util.Optional;

import static app.obzvon.persistence.jooq.Tables.SETTINGS;

public final class JooqSettingsRepository implements SettingsRepository {

    @Override
    public Optional<String> get(Tx tx, String name) {
        var dsl = JooqTx.dsl(tx);
        return dsl.select(SETTINGS.VALUE).from(SETTINGS).where(SETTINGS.NAME.eq(name)).fetchOptional(SETTINGS.VALUE);
    }

    @Override
    public Map<String, String> all(Tx tx) {
        var dsl = JooqTx.dsl(tx);
        return dsl.select(SETTINGS.NAME, SETTINGS.VALUE).from(SETTINGS).fetchMap(SETTINGS.NAME, SETTINGS.VALUE);
    }

    @Override
    public void put(Tx tx, String name, String value) {
        var dsl = JooqTx.dsl(tx);
        dsl.insertInto(SETTINGS, SETTINGS.NAME, SETTINGS.VALUE).values(name, value)
                .onConflict(SETTINGS.NAME).doUpdate().set(SETTINGS.VALUE, value)
                .execute();
    }
}
