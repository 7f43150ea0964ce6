package app.obzvon.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A copy of the base in its backups folder: when it was taken (from its name), how big it is, and what made it. */
public record Backup(Path file, LocalDateTime at, long size, Kind kind) {

    public enum Kind {
        /** The first start of a day: {@code <base>-YYYY-MM-DD.db}, the last 7 kept. */
        DAILY,
        /** "Back up now": {@code <base>-YYYY-MM-DD-HHmmss.db}. */
        MANUAL,
        /** The base as it was before a restore: {@code <base>-before-restore-YYYY-MM-DD-HHmmss.db}. */
        BEFORE_RESTORE
    }

    public String name() {
        return file.getFileName().toString();
    }
}
