package app.obzvon.ui.planner;

import app.obzvon.planning.Conversion;
import app.obzvon.team.CallerTarget;
import app.obzvon.testing.Fx;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static app.obzvon.testing.Fx.text;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The supervisor types the seed's profit goal, sees the arithmetic, and makes it the callers' targets. */
@ExtendWith(ApplicationExtension.class)
class PlannerWindowTest {

    @TempDir
    Path folder;
    TestBase base;
    WorkstationWindow window;
    long boris;
    long vera;

    @Start
    void start(Stage stage) {
        base = new TestBase(folder);
        base.inTx(tx -> {
            base.services.settings().saveLanguage(tx, Locale.ENGLISH);
            return null;
        });
        base.services.people().rename(base.supervisor.id(), "Anna Smirnova");
        boris = base.addCaller("Boris Orlov", "1357").id();
        vera = base.addCaller("Vera Kim", "8642").id();
        base.addCaller("Gleb Ivanov", "9753");
        base.services.targets().set(boris, new CallerTarget(90, 5, null, Duration.ofHours(4)));
        base.services.close();
        window = new WorkstationWindow(stage, new BackgroundTasks(), base.clock, (uri, accepted) -> accepted.accept(true),
                () -> { }, new PresetFiles());
        window.open(base.file);
    }

    @AfterEach
    void stop(FxRobot robot) {
        Fx.closeDialogs(robot);
        window.close();
    }

    @Test
    void theSeedsProfitGoalBecomesTheCallersTargets(FxRobot robot) {
        Fx.signIn(robot, "Anna", TestBase.PIN);
        robot.clickOn("Team").clickOn("KPI planner…");
        waitUntil(() -> robot.lookup("#workingDaysField").tryQuery().isPresent()
                && robot.lookup("#workingDaysField").queryTextInputControl().getText().equals("21"));
        assertEquals("Not saved for this period yet", text(robot, "#savedLabel"));
        assertEquals("(Mon–Fri in the period: 21)", text(robot, "#weekdaysLabel"));

        robot.clickOn("#profitRadio");
        robot.clickOn("#goalField").write("400000");
        robot.clickOn("#marginField").write("20");
        assertEquals("400,000", robot.lookup("#goalField").queryTextInputControl().getText(), "grouped once left");
        robot.clickOn("#dealField").write("50 000");
        var rates = List.of("25", "10", "50", "80", "50", "50");
        for (var c : Conversion.values()) {
            robot.clickOn("#conversion-" + c.name()).write(rates.get(c.ordinal()));
        }
        robot.type(KeyCode.TAB);

        waitUntil(() -> robot.lookup("#arithmeticBox").queryAs(VBox.class).getChildren().size() == 11);
        var lines = robot.lookup("#arithmeticBox .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals("400,000 ₽ profit ÷ 20% margin = 2,000,000 ₽ revenue", lines.get(0));
        assertEquals("2,000,000 ₽ ÷ 50,000 ₽ average deal = 40 payments", lines.get(1));
        assertEquals("16,000 calls ÷ 21 working days = 762 calls a day (761.9 rounded up)", lines.get(8));
        TableView<app.obzvon.planning.Stage> table = robot.lookup("#figuresTable").queryTableView();
        assertEquals("16,000", table.getColumns().get(1).getCellData(6));
        assertEquals("190.5", table.getColumns().get(2).getCellData(5), "4,000 conversations ÷ 21");
        assertEquals("Callers needed: 10 at 80 calls a day each", text(robot, "#callersNeededLabel"));
        // 4 + 8 + 8 hours of shifts: 762 × 8 ÷ 20 → 305 calls and 20 × 8 ÷ 20 = 8 leads a full day.
        assertEquals("As targets: 305 calls and 8 qualified leads a full day each, pro-rated by shift: 763 calls a day"
                + " in all.",
                text(robot, "#shareLabel"));

        robot.clickOn("#saveButton");
        waitUntil(() -> text(robot, "#savedLabel").startsWith("Saved by Anna Smirnova"));

        var planner = robot.from(robot.lookup("#applyButton").query().getScene().getRoot());
        robot.clickOn("#applyButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals(true, robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()
                .contains("Boris Orlov: 305 calls and 8 qualified leads a full day (4 h shift: 153 calls, 4 leads)"));
        robot.clickOn("OK");
        waitUntil(() -> planner.lookup("#noticeLabel").queryAs(Label.class).getText()
                .equals("Daily targets set for 3 callers."));

        try (var services = TestBase.open(base.file, base.clock)) {
            services.signIn().signIn(base.supervisor.id(), TestBase.PIN);
            var targets = services.targets().all();
            assertEquals(new CallerTarget(305, 8, null, Duration.ofHours(4)), targets.get(boris));
            assertEquals(new CallerTarget(305, 8, null, null), targets.get(vera));
            assertEquals(762, services.planner().plan(app.obzvon.planning.Period.month(java.time.YearMonth.of(2026, 11)))
                    .map(p -> app.obzvon.planning.KpiPlan.of(p.inputs()).callsPerDay()).orElseThrow());
        }
    }
}
