package app.obzvon.persistence;

import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A fault of the base a person can act on, told in their words rather than SQLite's: which kind it
 * is, and what the message needs. {@link Database} raises it in place of the driver's error, only
 * on the error path; an error of no kind here stays what it was.
 */
public final class DatabaseFault extends RuntimeException {

    public enum Kind {
        /** Opened read-only (or the file or folder may not be written): looking works, logging does not. */
        READ_ONLY,
        /** Another program held the write lock beyond the busy timeout. */
        BUSY,
        /** SQLITE_FULL, or an I/O error as the commit wrote: nothing of the transaction is in the base. */
        DISK_FULL,
        /** SQLITE_CORRUPT or NOTADB: the file is damaged, or is not a base at all. */
        CORRUPT,
        /** The base's schema is newer than this build's migrations. */
        NEWER_VERSION,
        /** No base at the path, and it was not to be created. */
        MISSING
    }

    private final Kind kind;
    private final Path file;
    private final int baseVersion;
    private final int knownVersion;
    private final Path backup;

    private DatabaseFault(Kind kind, Path file, int baseVersion, int knownVersion, Path backup, String message,
                          Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file.toAbsolutePath();
        this.baseVersion = baseVersion;
        this.knownVersion = knownVersion;
        this.backup = backup;
    }

    static DatabaseFault readOnly(Path file, Throwable cause) {
        return new DatabaseFault(Kind.READ_ONLY, file, 0, 0, null,
                "This base is read-only: you can look, not log (" + file.toAbsolutePath() + ")", cause);
    }

    static DatabaseFault newerVersion(Path file, int baseVersion, int knownVersion) {
        return new DatabaseFault(Kind.NEWER_VERSION, file, baseVersion, knownVersion, null,
                file.toAbsolutePath() + " is from a newer Obzvon: the base is version " + baseVersion
                        + ", this Obzvon reads up to version " + knownVersion + ". Open it with a newer Obzvon",
                null);
    }

    static DatabaseFault missing(Path file) {
        return new DatabaseFault(Kind.MISSING, file, 0, 0, null, "there is no base at " + file.toAbsolutePath(), null);
    }

    /** The fault an error of SQLite's stands for, or null when it is none of these (or no SQLite error). */
    static DatabaseFault of(Path file, Throwable error) {
        var sqlite = sqliteCause(error);
        if (sqlite == null) {
            return null;
        }
        // Extended codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT…) carry the primary one in the low byte.
        return switch (sqlite.getResultCode().code & 0xff) {
            case 5, 6 -> new DatabaseFault(Kind.BUSY, file, 0, 0, null,
                    "The base is busy: another program is writing to it. Nothing was changed; try again in a moment",
                    error);
            case 8 -> readOnly(file, error);
            case 10, 13 -> new DatabaseFault(Kind.DISK_FULL, file, 0, 0, null,
                    "The disk is full (or could not be written): nothing was written to " + file.toAbsolutePath(),
                    error);
            case 11, 26 -> corrupt(file, error);
            default -> null;
        };
    }

    static DatabaseFault corrupt(Path file, Throwable cause) {
        var backup = NewestBackup.of(file).orElse(null);
        return new DatabaseFault(Kind.CORRUPT, file, 0, 0, backup, file.toAbsolutePath() + " is damaged, or is not a base at all. "
                + (backup == null ? "No backup was found in " + NewestBackup.folder(file)
                : "The newest backup is " + backup + " (README: When something goes wrong)"), cause);
    }

    /** The fault itself, or the one an error stands for; else the error as it was. */
    static RuntimeException translated(Path file, RuntimeException error) {
        if (error instanceof DatabaseFault) {
            return error;
        }
        var fault = of(file, error);
        return fault == null ? error : fault;
    }

    private static SQLiteException sqliteCause(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        for (var e = error; e != null && seen.add(e); e = e.getCause()) {
            if (e instanceof SQLiteException sqlite) {
                return sqlite;
            }
        }
        return null;
    }

    public Kind kind() {
        return kind;
    }

    /** The base's file, absolute. */
    public Path file() {
        return file;
    }

    /** NEWER_VERSION: the base's schema version. */
    public int baseVersion() {
        return baseVersion;
    }

    /** NEWER_VERSION: the newest schema version this build knows. */
    public int knownVersion() {
        return knownVersion;
    }

    /** CORRUPT: the newest backup of the base, or null when there is none. */
    public Path backup() {
        return backup;
    }

    /** CORRUPT: where the backups of this base are looked for. */
    public Path backupFolder() {
        return NewestBackup.folder(file);
    }
}
