package app.obzvon.logs;

import app.obzvon.testing.SynchronousTasks;
import app.obzvon.ui.common.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The log file beside the base: failed background work and uncaught exceptions, with their stack traces. */
class LogsTest {

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        Logs.close();
    }

    Path log() {
        return folder.resolve("logs").resolve(Logs.FILE_NAME);
    }

    @Test
    void aFailedBackgroundTaskLeavesItsStackTraceInTheLogAndReachesItsHandler() throws Exception {
        Logs.toFolder(folder.resolve("obzvon.db"));
        var handled = new AtomicReference<IllegalStateException>();
        var last = new AtomicReference<String>();
        new Tasks(new SynchronousTasks()).create(() -> failingWork("the base went away 4711"))
                .onSuccess(result -> last.set("success"))
                .onError(IllegalArgumentException.class, e -> last.set("wrong handler"))
                .onError(IllegalStateException.class, handled::set)
                .andFinally(() -> last.compareAndSet(null, "finally"))
                .run();

        assertEquals("the base went away 4711", handled.get().getMessage());
        assertEquals("finally", last.get());
        var text = Files.readString(log());
        assertTrue(text.contains("Background work failed"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: the base went away 4711"), text);
        assertTrue(text.contains("at app.obzvon.logs.LogsTest.failingWork"), "the stack trace:\n" + text);
    }

    static String failingWork(String why) {
        throw new IllegalStateException(why);
    }

    @Test
    void anUncaughtExceptionIsLoggedWithItsStackTrace() throws Exception {
        Logs.toFolder(folder.resolve("obzvon.db"));
        var thread = new Thread(() -> failingWork("nobody caught 815"), "obzvon-test-thread");
        thread.start();
        thread.join();
        var text = Files.readString(log());
        assertTrue(text.contains("Uncaught exception on thread obzvon-test-thread"), text);
        assertTrue(text.contains("nobody caught 815") && text.contains("at app.obzvon.logs.LogsTest"), text);
    }

    @Test
    void theLogIsTheOwnersOnly() throws Exception {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "POSIX permissions");
        Logs.toFolder(folder.resolve("obzvon.db"));
        org.slf4j.LoggerFactory.getLogger(LogsTest.class).info("a line");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log().getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log())));
    }
}
