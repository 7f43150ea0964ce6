package app.obzvon.ui.workstation;

import app.obzvon.ui.common.BackgroundTasks;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database that cannot be opened gives a clear message in the window, not a stack trace. */
@ExtendWith(ApplicationExtension.class)
class DatabaseFailureTest {

    @TempDir
    Path folder;
    WorkstationWindow window;
    Path notADatabase;

    @Start
    void start(Stage stage) throws Exception {
        notADatabase = folder.resolve("notes.db");
        Files.writeString(notADatabase, "this is a text file, not a database ".repeat(200));
        window = new WorkstationWindow(stage, new BackgroundTasks(), Clock.systemDefaultZone(), (uri, accepted) -> accepted.accept(true), () -> { },
                new app.obzvon.testing.PresetFiles());
        window.open(notADatabase);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void aFileThatIsNotADatabaseShowsWhatIsWrong(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#failedPane").query().isVisible());
        String message = text(robot, "#failedLabel");
        assertTrue(message.startsWith(notADatabase.toAbsolutePath() + " is damaged, or is not a base at all."), message);
        assertEquals(false, message.contains("Exception"), message);
        assertEquals(false, robot.lookup("#workPane").query().isVisible());
    }
}
