package app.obzvon.backup;

import java.nio.file.Path;

/** The database's side of a backup: copying the live base out, checking a copy, writing one back in. */
public interface BaseCopies {

    /** The live base as it is now, into a new file, while other windows go on writing. */
    void copyTo(Path target);

    /**
     * Whether the file is a whole Obzvon base this version can open.
     *
     * @throws BackupException when it is not
     */
    void check(Path backup);

    /** Writes the backup into the live base, one transaction under SQLite's lock, and brings its schema up to date. */
    void restoreFrom(Path backup);
}
