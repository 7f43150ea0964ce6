package app.obzvon.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner reads: the base holds every prospect's number and every caller's PIN hash,
 * so on Linux and macOS (POSIX file systems) the data folder is 700 and the base, its backups, its
 * logs and the files exported from it are 600. Elsewhere (Windows) the user's own profile folder
 * already keeps them from other accounts, and nothing is changed.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Whether the file system of this path has POSIX permissions. */
    public static boolean supported(Path path) {
        var existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder (and its missing parents) 700; a folder that exists already is left as it is. */
    public static Path folder(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                return folder;
            }
            if (!supported(folder)) {
                return Files.createDirectories(folder);
            }
            var parent = folder.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                folder(parent);
            }
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (FileAlreadyExistsException e) {
                // Another window made it first.
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    /** The attributes to create a new file with: 600 where POSIX permissions exist, none elsewhere. */
    public static FileAttribute<?>[] newFile(Path file) {
        return supported(file) ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Makes an existing file 600 (a base or a log from before, a file SQLite made); a missing one is skipped. */
    public static void restrict(Path file) {
        try {
            if (Files.exists(file) && supported(file)) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + file, e);
        }
    }

    /** Creates an empty file 600 unless it exists, so that what writes it next never widens it. */
    public static void createFile(Path file) {
        try {
            Files.createFile(file, newFile(file));
        } catch (FileAlreadyExistsException e) {
            restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file, e);
        }
    }
}
