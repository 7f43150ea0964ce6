package app.obzvon;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the workstation's database file lives: {@code --db PATH}, else {@code OBZVON_DB}, else the user's data folder. */
public final class DatabaseLocation {

    public static final String FILE_NAME = "obzvon.db";

    private DatabaseLocation() {
    }

    public static Path resolve(List<String> args, Map<String, String> env, String osName, Path home) {
        return namedFile(args, env).orElseGet(() -> dataFolder(env, osName, home).resolve(FILE_NAME));
    }

    /**
     * Whether the file was named (by {@code --db} or {@code OBZVON_DB}) rather than the data folder's:
     * a named path may be mistyped, so no base is created there unasked.
     */
    public static boolean named(List<String> args, Map<String, String> env) {
        return namedFile(args, env).isPresent();
    }

    private static Optional<Path> namedFile(List<String> args, Map<String, String> env) {
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                return Optional.of(Path.of(args.get(i + 1)));
            }
            if (arg.startsWith("--db=")) {
                return Optional.of(Path.of(arg.substring("--db=".length())));
            }
        }
        var fromEnv = env.get("OBZVON_DB");
        return fromEnv != null && !fromEnv.isBlank() ? Optional.of(Path.of(fromEnv)) : Optional.empty();
    }

    static Path dataFolder(Map<String, String> env, String osName, Path home) {
        var os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            var appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Obzvon");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Obzvon");
        }
        var xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("obzvon");
    }

    public static Path forThisMachine(List<String> args) {
        return resolve(args, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }
}
