package app.obzvon.settings;

import java.util.Map;
import java.util.Optional;

/** Named settings of this workstation, stored in the database so they travel with it. */
public interface SettingsRepository {

    Optional<String> get(String name);

    /** Every setting, read at once. */
    Map<String, String> all();

    void put(String name, String value);
}
