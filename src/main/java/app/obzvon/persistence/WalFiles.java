package app.obzvon.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The base's {@code -wal} and {@code -shm} files as this process's connections opened them.
 *
 * <p>SQLite's POSIX locks belong to the process and the inode: any code in the process that opens
 * and closes one of the base's files (a file dialog listing the data folder does) drops them all.
 * Another process closing the base then believes it is the last one, checkpoints, and deletes the
 * WAL and the shared memory, while our connection goes on writing into the deleted files. While we
 * hold our locks, nobody can delete these files, so a different file (or none) under the same
 * name means the locks were lost. Looking is a {@code stat}: it opens nothing, so it drops nothing.
 * Where the system has no file keys (Windows, whose locks are not lost this way) nothing is watched.
 */
final class WalFiles {

    private static final Object MISSING = new Object();

    private final Path wal;
    private final Path shm;
    private Object walKey;
    private Object shmKey;

    WalFiles(Path database) {
        var name = database.getFileName().toString();
        this.wal = database.resolveSibling(name + "-wal");
        this.shm = database.resolveSibling(name + "-shm");
    }

    /** Remembers the files a newly opened connection uses (after its first read, which opens them). */
    void remember() {
        try {
            walKey = key(wal);
            shmKey = key(shm);
        } catch (IOException e) {
            walKey = null;
        }
    }

    /** Whether the files under the names are no longer the ones our connections write to. */
    boolean replaced() {
        if (walKey == null || walKey == MISSING) {
            return false;
        }
        try {
            return !Objects.equals(walKey, key(wal)) || !Objects.equals(shmKey, key(shm));
        } catch (IOException e) {
            // Cannot look now: nothing to compare; the next look tries again.
            return false;
        }
    }

    private static Object key(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }
}
