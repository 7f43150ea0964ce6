package app.obzvon.persistence;

import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQLite's POSIX locks belong to the process and the inode: anything in the window's process that
 * opens and closes the base's file drops them. The next other process to open and close the base
 * then believes it is alone, checkpoints and deletes the WAL, while the window goes on writing into
 * the deleted file. Two processes here: the window ({@link LockDropWindow}) and this test, which
 * plays the export command reading the base. A call the window acknowledged must survive its crash.
 * (Windows locks are not dropped this way.)
 */
@DisabledOnOs(OS.WINDOWS)
class LockDropTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"before-write", "during-commit"})
    void aCallLoggedAfterTheLocksWereDroppedSurvivesACrash(String when) throws Exception {
        var file = folder.resolve("obzvon.db");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var window = new ProcessBuilder(java, "-cp", classpath, LockDropWindow.class.getName(), file.toString(), when)
                .redirectErrorStream(true).start();
        var output = new ArrayList<String>();
        try (var lines = new BufferedReader(new InputStreamReader(window.getInputStream()));
             var input = new PrintWriter(window.getOutputStream(), true)) {
            awaitLine(lines, "dropped", output);
            // Another process opens the base, reads, and closes it: the last one out, as it believes.
            try (var other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 var s = other.createStatement(); var r = s.executeQuery("SELECT count(*) FROM calls")) {
                assertTrue(r.next());
            }
            input.println("go on");
            awaitLine(lines, "logged", output);
        }
        assertTrue(window.waitFor(30, TimeUnit.SECONDS), String.join("\n", output));
        try (var after = DriverManager.getConnection("jdbc:sqlite:" + file);
             var s = after.createStatement(); var r = s.executeQuery("SELECT count(*) FROM calls")) {
            r.next();
            assertEquals(2, r.getInt(1), "calls after the crash; the window said:\n" + String.join("\n", output));
        }
    }

    private static void awaitLine(BufferedReader lines, String expected, ArrayList<String> output) throws Exception {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            output.add(line);
            if (line.equals(expected)) {
                return;
            }
        }
        throw new AssertionError("The window ended before '" + expected + "':\n" + String.join("\n", output));
    }
}
