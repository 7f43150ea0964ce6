package app.obzvon.settings;

import app.obzvon.common.Tx;

import java.util.Map;
import java.util.Optional;

/** Named settings of this workstation, stored in the database so they travel with it. */
public interface SettingsRepository {

    Optional<String> get(Tx tx, String name);

    /** Every setting, read at once. */
    Map<String, String> all(Tx tx);

    void put(Tx tx, String name, String value);
}
