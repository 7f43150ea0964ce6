package app.obzvon.backup;

/** A backup that cannot be restored, and why: the window and the command line say it in their own words. */
public final class BackupException extends RuntimeException {

    public enum Reason {
        /** No such file, or not in the base's backups folder. */
        NOT_FOUND,
        /** Not an SQLite file, or one without Obzvon's tables. */
        NOT_A_BASE,
        /** {@code PRAGMA integrity_check} found damage. */
        DAMAGED,
        /** Made by a newer Obzvon: this one cannot read its schema. */
        NEWER,
        /** The base is on a team's server: its administrator backs it up there (pg_dump), not a window. */
        ON_SERVER
    }

    private final Reason reason;

    public BackupException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
