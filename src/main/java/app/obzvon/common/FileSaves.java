package app.obzvon.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files the supervisor saves appear whole or not at all: written to a hidden file beside the
 * target, forced to disk, then moved into place.
 */
public final class FileSaves {

    /** Writes a whole file to a stream it is given (and does not close). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private FileSaves() {
    }

    public static void save(Path file, Content content) {
        var temp = tempBeside(file);
        try {
            writeForced(temp, content);
            moveIntoPlace(temp, file);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot write " + file, e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** In the target's folder, so the move is a rename on the same disk; hidden, and never a name in use. */
    public static Path tempBeside(Path file) {
        return file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    /** The whole file, forced to disk, so that once moved into place it survives a power cut. */
    public static void writeForced(Path temp, Content content) throws IOException {
        // Only its owner reads what is exported from the base (numbers, names, the audit log).
        try (var channel = FileChannel.open(temp, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                OwnerOnly.newFile(temp))) {
            var out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    public static void moveIntoPlace(Path temp, Path file) {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + file, e);
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing better to do: the failure that brought us here is what the caller needs to see.
        }
    }
}
