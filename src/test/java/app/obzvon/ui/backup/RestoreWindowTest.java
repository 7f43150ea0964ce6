package app.obzvon.ui.backup;

import app.obzvon.backup.Backup;
import app.obzvon.contact.CompanySize;
import app.obzvon.testing.Fx;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Team menu of the real window: the day's backup taken once the window is up, "Back up now", and
 * "Restore…" putting a backup in the base's place while another window has the base open.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreWindowTest {

    @TempDir
    Path folder;
    WorkstationWindow window;
    TestBase base;
    Path backups;

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        base.addCompanies("Alpha");
        base.services.close();
        backups = folder.resolve("backups");
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true),
                () -> { }, new PresetFiles());
        window.open(base.file);
    }

    @BeforeEach
    void signIn(FxRobot robot) {
        Fx.signIn(robot);
    }

    @AfterEach
    void stop() {
        Fx.closeDialogs(new FxRobot());
        window.close();
    }

    @Test
    void aBackupTakenFromTheMenuIsRestoredOverAnotherWindowsChange(FxRobot robot) throws Exception {
        waitUntil(() -> Files.exists(backups.resolve("obzvon-2026-11-23.db")));

        robot.clickOn("Team").clickOn("Back up now");
        var manual = backups.resolve("obzvon-2026-11-23-100000.db");
        waitUntil(() -> Files.exists(manual));

        try (var other = TestBase.open(base.file, base.clock)) {
            other.database().inTransaction(tx -> other.contacts().addAll(tx, List.of(TestBase.company("Bravo",
                    CompanySize.SMALL))));
            assertEquals(2, other.database().dsl().fetchCount(CONTACTS));

            robot.clickOn("Team").clickOn("Restore…");
            waitUntil(() -> robot.lookup("#backupTable").tryQuery().isPresent());
            TableView<Backup> table = robot.lookup("#backupTable").queryTableView();
            waitUntil(() -> table.getItems().size() == 2);
            assertEquals(manual, table.getItems().get(0).file(), "newest first");
            assertEquals(Backup.Kind.DAILY, table.getItems().get(1).kind());

            robot.clickOn(robot.lookup(".restore .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
            robot.clickOn("#restoreButton");
            robot.clickOn("OK");

            waitUntil(() -> window.model().personProperty().get() == null);
            assertEquals(1, other.database().dsl().fetchCount(CONTACTS), "the other window sees the restored base");
        }
        assertTrue(Files.exists(backups.resolve("obzvon-before-restore-2026-11-23-100000.db")));
        try (var reopened = TestBase.open(base.file, base.clock)) {
            assertEquals(1, reopened.database().dsl().fetchCount(CONTACTS));
        }
    }
}
