package app.obzvon.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * The generated base as the cache holds it: the file, the instant it was generated for ("now" to
 * its callbacks and retries) and what it holds. Measurements work on copies, never on the file.
 */
record BenchBase(Path file, Instant now, Properties info) {

    /** A fresh copy in {@code folder}; whatever was there under that name (and its WAL) is replaced. */
    Path copyTo(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path copy = folder.resolve(name + ".db");
        delete(copy);
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        // On disk before anything is timed: a gigabyte still being written back made every fsync wait.
        try (var channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return copy;
    }

    /**
     * A clock that starts at the base's "now" and runs in real time. The base is generated once and
     * kept, so against the real clock its callbacks and retries would all fall due as days pass; this
     * keeps the in-process figures on the mix it was made with. (Child processes use the real clock:
     * only which contact the cold start shows can differ, not how long finding it takes.)
     */
    Clock clock() {
        return Clock.offset(Clock.systemDefaultZone(), Duration.between(Instant.now(), now));
    }

    static void delete(Path database) throws IOException {
        Files.deleteIfExists(database);
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-wal"));
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-shm"));
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-journal"));
    }
}
