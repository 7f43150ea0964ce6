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
}
