package app.obzvon;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/anna");

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        var env = Map.of("OBZVON_DB", "/env/obzvon.db");
        assertEquals(Path.of("/cli/a.db"), DatabaseLocation.resolve(List.of("--db", "/cli/a.db"), env, "Linux", HOME));
        assertEquals(Path.of("/cli/b.db"), DatabaseLocation.resolve(List.of("--db=/cli/b.db"), env, "Linux", HOME));
        assertEquals(Path.of("/env/obzvon.db"), DatabaseLocation.resolve(List.of(), env, "Linux", HOME));
    }

    /** A typed path may be mistyped: the window asks before creating a base there, never for the data folder's. */
    @Test
    void aPathOnTheCommandLineOrInTheEnvironmentIsNamed() {
        assertEquals(true, DatabaseLocation.named(List.of("--db", "/cli/a.db"), Map.of()));
        assertEquals(true, DatabaseLocation.named(List.of("--db=/cli/b.db"), Map.of()));
        assertEquals(true, DatabaseLocation.named(List.of(), Map.of("OBZVON_DB", "/env/obzvon.db")));
        assertEquals(false, DatabaseLocation.named(List.of(), Map.of("OBZVON_DB", " ")));
        assertEquals(false, DatabaseLocation.named(List.of("--db"), Map.of("XDG_DATA_HOME", "/data")));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/data/obzvon/obzvon.db"),
                DatabaseLocation.resolve(List.of(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME));
        assertEquals(HOME.resolve(".local/share/obzvon/obzvon.db"),
                DatabaseLocation.resolve(List.of(), Map.of(), "Linux", HOME));
    }

    @Test
    void windowsAndMacUseTheirApplicationDataFolders() {
        assertEquals(Path.of("C:/Users/anna/AppData/Roaming/Obzvon/obzvon.db"), DatabaseLocation.resolve(List.of(),
                Map.of("APPDATA", "C:/Users/anna/AppData/Roaming"), "Windows 11", HOME));
        assertEquals(HOME.resolve("Library/Application Support/Obzvon/obzvon.db"),
                DatabaseLocation.resolve(List.of(), Map.of(), "Mac OS X", HOME));
    }

    /** A team's base on a server, named like a file: on the command line or in the environment. */
    @Test
    void aServerAddressNamesATeamsBase() {
        var env = Map.of("OBZVON_DB", "postgresql://vera@db.office.local/sales");
        assertEquals(new BaseLocation.Server(new app.obzvon.persistence.ServerAddress("db.office.local", 5432, "sales",
                "vera")), DatabaseLocation.choose(List.of(), env, "Linux", HOME));
        assertEquals(new BaseLocation.Server(new app.obzvon.persistence.ServerAddress("db", 6543, "team", "anna")),
                DatabaseLocation.choose(List.of("--db", "postgresql://anna@db:6543/team"), env, "Linux", HOME));
        assertEquals(new BaseLocation.File(Path.of("/cli/a.db")),
                DatabaseLocation.choose(List.of("--db=/cli/a.db"), env, "Linux", HOME), "the command line wins");
        assertEquals(new BaseLocation.File(HOME.resolve(".local/share/obzvon/obzvon.db")),
                DatabaseLocation.choose(List.of(), Map.of(), "Linux", HOME));
        assertEquals("db:6543/team", DatabaseLocation.choose(List.of("--db", "postgresql://anna@db:6543/team"), env,
                "Linux", HOME).shown());
        assertEquals("db.office.local/sales", DatabaseLocation.choose(List.of(), env, "Linux", HOME).shown());
    }

    /** On a server, this PC's base is still the data folder's: the window's way back, and where the log goes. */
    @Test
    void thisPcsBaseIsTheFileNamedElseTheDataFolders() {
        var server = Map.of("OBZVON_DB", "postgresql://vera@db.office.local/sales");
        assertEquals(HOME.resolve(".local/share/obzvon/obzvon.db"), DatabaseLocation.localFile(List.of(), server, "Linux", HOME));
        assertEquals(false, DatabaseLocation.localNamed(List.of(), server));
        assertEquals(Path.of("/cli/a.db"), DatabaseLocation.localFile(List.of("--db", "/cli/a.db"), server, "Linux", HOME));
        assertEquals(true, DatabaseLocation.localNamed(List.of("--db", "/cli/a.db"), server));
    }

    @Test
    void aServerAddressThatCannotBeReadIsRefusedWithTheReason() {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () ->
                DatabaseLocation.choose(List.of("--db", "postgresql://db.office.local"), Map.of(), "Linux", HOME));
        assertEquals(true, refused.getMessage().startsWith("a server address names a host and a base"), refused.getMessage());
    }

    /** The last server connected to is remembered in the config folder, never the data folder's base. */
    @Test
    void theConfigFolderIsXdgConfigHomeOnLinuxAndTheDataFolderElsewhere() {
        assertEquals(Path.of("/cfg/obzvon"), DatabaseLocation.configFolder(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", HOME));
        assertEquals(HOME.resolve(".config/obzvon"), DatabaseLocation.configFolder(Map.of(), "Linux", HOME));
        assertEquals(Path.of("C:/Users/anna/AppData/Roaming/Obzvon"), DatabaseLocation.configFolder(
                Map.of("APPDATA", "C:/Users/anna/AppData/Roaming"), "Windows 11", HOME));
        assertEquals(HOME.resolve("Library/Application Support/Obzvon"), DatabaseLocation.configFolder(Map.of(),
                "Mac OS X", HOME));
    }
}
