package app.obzvon;

import app.obzvon.persistence.ServerAddress;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the workstation's base is: {@code --db} (a file's path, or {@code postgresql://[user@]host[:port]/base}
 * for a team's base on a server), else {@code OBZVON_DB}, else the file in the user's data folder.
 */
public final class DatabaseLocation {

    public static final String FILE_NAME = "obzvon.db";
    /** In the user's config folder: the last server connected to and its user name, never a password. */
    public static final String SERVER_FILE = "server.properties";

    private DatabaseLocation() {
    }

    /**
     * The base the window opens: the server or file named, else this PC's own file. A server address
     * that cannot be read (no base in it, a password in it) is refused with the reason.
     */
    public static BaseLocation choose(List<String> args, Map<String, String> env, String osName, Path home) {
        var named = namedValue(args, env);
        if (named.isPresent() && ServerAddress.isServer(named.get())) {
            return new BaseLocation.Server(ServerAddress.parse(named.get()));
        }
        return new BaseLocation.File(resolve(args, env, osName, home));
    }

    /** The base file named, else the data folder's; for a named server, see {@link #choose}. */
    public static Path resolve(List<String> args, Map<String, String> env, String osName, Path home) {
        return namedValue(args, env).map(Path::of).orElseGet(() -> dataFolder(env, osName, home).resolve(FILE_NAME));
    }

    /**
     * This PC's base: the file named, else the data folder's, even when the base named is a server's
     * (the window's way back from a server, and where a command on a server logs).
     */
    public static Path localFile(List<String> args, Map<String, String> env, String osName, Path home) {
        return namedValue(args, env).filter(named -> !ServerAddress.isServer(named)).map(Path::of)
                .orElseGet(() -> dataFolder(env, osName, home).resolve(FILE_NAME));
    }

    /**
     * Whether the base was named (by {@code --db} or {@code OBZVON_DB}) rather than the data folder's:
     * a named path may be mistyped, so no base is created there unasked.
     */
    public static boolean named(List<String> args, Map<String, String> env) {
        return namedValue(args, env).isPresent();
    }

    /** Whether this PC's base ({@link #localFile}) was named: a file named, not a server. */
    public static boolean localNamed(List<String> args, Map<String, String> env) {
        return namedValue(args, env).filter(named -> !ServerAddress.isServer(named)).isPresent();
    }

    private static Optional<String> namedValue(List<String> args, Map<String, String> env) {
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith("--db=")) {
                return Optional.of(arg.substring("--db=".length()));
            }
        }
        var fromEnv = env.get("OBZVON_DB");
        return fromEnv != null && !fromEnv.isBlank() ? Optional.of(fromEnv.strip()) : Optional.empty();
    }

    static Path dataFolder(Map<String, String> env, String osName, Path home) {
        var os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            return roaming(env, home).resolve("Obzvon");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Obzvon");
        }
        var xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("obzvon");
    }

    /**
     * The user's config folder for Obzvon: {@code $XDG_CONFIG_HOME/obzvon} or {@code ~/.config/obzvon}
     * on Linux; on Windows and macOS the data folder (which is where they keep such things).
     */
    static Path configFolder(Map<String, String> env, String osName, Path home) {
        var os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return dataFolder(env, osName, home);
        }
        var xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("obzvon");
    }

    private static Path roaming(Map<String, String> env, Path home) {
        var appData = env.get("APPDATA");
        return appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
    }

    public static Path forThisMachine(List<String> args) {
        return resolve(args, System.getenv(), System.getProperty("os.name"), home());
    }

    public static BaseLocation chooseForThisMachine(List<String> args) {
        return choose(args, System.getenv(), System.getProperty("os.name"), home());
    }

    public static Path localFileForThisMachine(List<String> args) {
        return localFile(args, System.getenv(), System.getProperty("os.name"), home());
    }

    /** Where the window remembers the last server it connected to (its address and user name only). */
    public static Path serverFileForThisMachine() {
        return configFolder(System.getenv(), System.getProperty("os.name"), home()).resolve(SERVER_FILE);
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }
}
