package app.obzvon.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The newest backup of a base, named as the backups write them: {@code backups/<name>-YYYY-MM-DD.db}
 * daily and {@code backups/<name>-YYYY-MM-DD-HHmmss.db} for "back up now", beside the base. Only
 * found here, to name it to a person whose base is damaged; restoring it is theirs (see the README).
 */
final class NewestBackup {

    private NewestBackup() {
    }

    static Path folder(Path base) {
        var parent = base.toAbsolutePath().getParent();
        return (parent == null ? Path.of("") : parent).resolve("backups");
    }

    static Optional<Path> of(Path base) {
        var name = base.getFileName().toString();
        var stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        var pattern = Pattern.compile(Pattern.quote(stem) + "-(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{6}))?\\.db");
        try (var files = Files.list(folder(base))) {
            // By the day and time in the name; a daily one counts from the start of its day.
            return files.map(file -> {
                var m = pattern.matcher(file.getFileName().toString());
                return m.matches() ? new Found(file, m.group(1) + "-" + (m.group(2) == null ? "000000" : m.group(2)))
                        : null;
            }).filter(found -> found != null && Files.isRegularFile(found.file()))
                    .max(Comparator.comparing(Found::when))
                    .map(Found::file);
        } catch (IOException e) {
            // No folder, or one we cannot list: no backup to name.
            return Optional.empty();
        }
    }

    private record Found(Path file, String when) {
    }
}
