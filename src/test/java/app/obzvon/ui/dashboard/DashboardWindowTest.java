package app.obzvon.ui.dashboard;

import app.obzvon.call.CallDetails;
import app.obzvon.testing.Fx;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TeamDay;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.dashboard.DashboardViewModel.CallerRow;
import app.obzvon.ui.workstation.Screen;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard in the real window on {@link TeamDay}: the day on screen, then a call from another window. */
@ExtendWith(ApplicationExtension.class)
class DashboardWindowTest {

    @TempDir
    Path folder;
    TeamDay day;
    WorkstationWindow window;

    @Start
    void start(Stage stage) throws IOException {
        day = new TeamDay(folder);
        day.base.inTx(tx -> {
            day.base.services.settings().saveLanguage(tx, Locale.ENGLISH);
            return null;
        });
        day.base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), day.base.clock,
                (uri, accepted) -> accepted.accept(true), () -> { }, new PresetFiles());
        window.open(day.base.file);
    }

    @AfterEach
    void stop(FxRobot robot) {
        Fx.closeDialogs(robot);
        window.close();
    }

    /** The text on screen in that column and row (a cell kept aside for reuse is not on screen). */
    private static String cell(TableView<CallerRow> table, String column, int row) {
        var col = table.getColumns().stream().filter(c -> c.getId().equals(column)).findFirst().orElseThrow();
        var cell = table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == col
                        && c.getIndex() == row && shown(c))
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).findFirst();
        return cell.orElse(null);
    }

    private static boolean shown(javafx.scene.Node node) {
        for (var n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void showsTheSeededDayAndACallFromAnotherWindowWithinSeconds(FxRobot robot) {
        Fx.signIn(robot, "Анна", TestBase.PIN);
        waitUntil(() -> window.model().screenProperty().get() == Screen.CONTACT);
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitUntil(() -> robot.lookup("#callersTable").tryQuery().isPresent());
        TableView<CallerRow> table = robot.lookup("#callersTable").query();
        waitUntil(() -> table.getItems().size() == 4 && "4 / 40".equals(cell(table, "callsColumn", 1)));

        assertEquals("On shift since 09:00", cell(table, "statusColumn", 1));
        assertEquals("Break, 10 min", cell(table, "statusColumn", 2));
        assertEquals("Away since 09:30", cell(table, "statusColumn", 3));
        assertEquals("3 / 80", cell(table, "callsColumn", 2));
        assertEquals("0 / 2", cell(table, "leadsColumn", 2));
        assertEquals("36 an hour", cell(table, "paceColumn", 1));
        assertTrue(robot.lookup("#leadsBanner").queryAs(Label.class).getText().startsWith("Leads on track: 2 today, 2 due"));
        BarChart<String, Number> hours = robot.lookup("#hoursChart").query();
        assertEquals(3, hours.getData().get(0).getData().stream().filter(d -> d.getXValue().equals("10"))
                .findFirst().orElseThrow().getYValue());

        robot.interact(() -> table.getSelectionModel().select(2));
        var vera = table.getItems().get(2);
        try (var other = TestBase.open(day.base.file, day.base.clock)) {
            other.signIn().signIn(day.vera.id(), "2468");
            var next = other.callingSession().open(day.queue).contact();
            var lead = other.database().read(other.outcomes()::active).stream()
                    .filter(o -> o.code().equals("qualified_lead")).findFirst().orElseThrow();
            other.callingSession().log(next.id(), lead, CallDetails.none(),
                    TeamDay.NOON.minusSeconds(45));
        }
        waitUntil(() -> "4 / 80".equals(cell(table, "callsColumn", 2)) && "1 / 2".equals(cell(table, "leadsColumn", 2)));
        assertSame(vera, table.getSelectionModel().getSelectedItem(), "the choice survives the refresh");
        assertTrue(robot.lookup("#coachingTitle").queryAs(Label.class).getText().contains("Вера"));
    }
}
