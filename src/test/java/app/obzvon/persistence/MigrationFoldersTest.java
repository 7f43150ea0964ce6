package app.obzvon.persistence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both engines' migrations end at {@link Migrations#LATEST}: SQLite's history, PostgreSQL's one file
 * at version 10, and the shared folder after them. Needs no server.
 */
class MigrationFoldersTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final Path ROOT = Path.of("src/main/resources/db");

    @Test
    void bothEnginesEndAtTheLatestVersion() throws IOException {
        var common = versions("common");
        assertEquals(Migrations.LATEST, IntStream.concat(versions("migration").stream().mapToInt(i -> i),
                common.stream().mapToInt(i -> i)).max().orElseThrow(), "SQLite's newest");
        assertEquals(Migrations.LATEST, IntStream.concat(versions("postgresql").stream().mapToInt(i -> i),
                common.stream().mapToInt(i -> i)).max().orElseThrow(), "PostgreSQL's newest");
    }

    /** PostgreSQL's own folder starts with the whole schema at 10; the shared one only after it. */
    @Test
    void theSharedFolderStartsAfterBothEnginesOwnSchemas() throws IOException {
        assertEquals(10, versions("postgresql").get(0), "PostgreSQL's first migration");
        assertTrue(versions("common").stream().allMatch(v -> v > 10), "db/common holds V11 on: " + versions("common"));
    }

    /** Flyway warns about a location it cannot find; the shared folder is there, even with no migration in it yet. */
    @Test
    void theSharedFolderIsOnTheClassPath() {
        for (var location : Stream.concat(Migrations.SQLITE_LOCATIONS.stream(), Migrations.POSTGRES_LOCATIONS.stream()).toList()) {
            assertNotNull(getClass().getClassLoader().getResource(location.substring("classpath:".length())), location);
        }
    }

    private static List<Integer> versions(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            return files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        }
    }
}
