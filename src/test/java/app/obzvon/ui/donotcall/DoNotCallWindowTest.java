package app.obzvon.ui.donotcall;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.NewContact;
import app.obzvon.donotcall.ListedNumber;
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

import java.nio.file.Path;
import java.util.List;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The do-not-call list opened from the Base menu of the real window: a number typed in is listed and closed in the base. */
@ExtendWith(ApplicationExtension.class)
class DoNotCallWindowTest {

    @TempDir
    Path folder;
    final PresetFiles files = new PresetFiles();
    WorkstationWindow window;
    TestBase base;

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(new NewContact("Alpha", "Иван",
                List.of("+7 495 123-45-67"),
                "Москва", "Москва", TestBase.ZONE, CompanySize.SMALL, "Торговля", "test"))));
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true),
                () -> { }, files);
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
    void aNumberTypedInTheWindowIsListed(FxRobot robot) {
        robot.clickOn("Base").clickOn("Do-not-call list…");
        waitUntil(() -> robot.lookup("#numberTable").tryQuery().isPresent());
        waitUntil(() -> text(robot, "#totalLabel").equals("Numbers on the list: 0"));

        robot.clickOn("#numberField").write("8 (495) 123-45-67");
        robot.clickOn("#addButton");

        TableView<ListedNumber> table = robot.lookup("#numberTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("+7 495 123-45-67", table.getItems().get(0).shown());
        assertEquals(1, table.getItems().get(0).companies());
        waitUntil(() -> text(robot, "#totalLabel").equals("Numbers on the list: 1"));
        assertTrue(text(robot, ".do-not-call #noticeLabel").startsWith("+7 495 123-45-67 is on the list"),
                text(robot, ".do-not-call #noticeLabel"));
    }
}
