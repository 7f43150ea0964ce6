package app.obzvon.ui.dashboard;

import app.obzvon.call.CallDetails;
import app.obzvon.figures.Counts;
import app.obzvon.figures.Funnel;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TeamDay;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.dashboard.DashboardViewModel.CallerRow;
import app.obzvon.ui.dashboard.DashboardViewModel.Whose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's view model on {@link TeamDay}, without a screen. */
class DashboardViewModelTest {

    @TempDir
    Path folder;
    TeamDay day;
    DashboardViewModel model;

    @BeforeEach
    void open() throws IOException {
        day = new TeamDay(folder);
        model = new DashboardViewModel(new SynchronousTasks(), day.base.services.teamFigures(),
                day.base.services.inboundRequests(), day.base.clock);
        model.refresh();
    }

    @AfterEach
    void close() {
        day.base.close();
    }

    private CallerRow row(String name) {
        return model.callers().stream().filter(r -> r.dayProperty().get().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void showsTheTeamTodayAndTheWeeksTrendFunnelAndHours() {
        assertEquals(List.of("Анна", "Борис", "Вера", "Глеб"), model.callers().stream()
                .map(r -> r.dayProperty().get().name()).toList());
        assertEquals(4, row("Борис").dayProperty().get().counts().calls());
        assertEquals(7, model.trend().size());
        assertEquals(LocalDate.of(2026, 11, 23), model.trend().get(6).day());
        assertEquals(8, model.trend().get(6).counts().calls(), "today, read live");
        assertEquals(2, model.trend().get(3).counts().calls(), "Friday, read once");
        assertEquals(new Funnel(10, 7, 3, 1, 3, 1).bars(), model.funnel());
        assertEquals(3, model.hours().get(10).team());
        assertNull(model.hours().get(10).caller(), "nobody chosen: the team's hours alone");
        assertEquals(List.of(), model.endings(), "coaching waits for a caller to be chosen");
        assertEquals(Whose.TEAM, model.whoseProperty().get());
        assertEquals(5, model.whoseChoices().size(), "the team, then each caller");
    }

    @Test
    void choosingACallerShowsTheirTrendHoursAndEndingsBesideTheTeams() {
        model.selectedProperty().set(row("Вера"));

        assertEquals(day.vera.id(), model.whoseProperty().get().callerId());
        assertEquals(List.of(0, 0, 0, 1, 0, 0, 3), model.trend().stream().map(p -> p.counts().calls()).toList());
        assertEquals(1, model.hours().get(11).caller());
        assertEquals(3, model.hours().get(11).team());
        assertEquals(List.of("agreed", "greeting", "refused", "later"), model.endings().stream().map(e -> e.step()).toList());

        model.whoseProperty().set(Whose.TEAM);
        assertEquals(8, model.trend().get(6).counts().calls());
    }

    @Test
    void aCallFromAnotherWindowMovesTheSameRowAndKeepsTheChoice() {
        var vera = row("Вера");
        model.selectedProperty().set(vera);
        var rows = new ArrayList<>(model.callers());
        try (var other = TestBase.open(day.base.file, day.base.clock)) {
            other.signIn().signIn(day.vera.id(), "2468");
            var next = other.callingSession().open(day.queue).contact();
            other.callingSession().log(next.id(), day.base.outcome("qualified_lead"), CallDetails.none(),
                    TeamDay.NOON.minusSeconds(45));
        }
        model.refresh();

        assertEquals(rows, model.callers());
        for (int i = 0; i < rows.size(); i++) {
            assertSame(rows.get(i), model.callers().get(i), "the same row objects: the table keeps its selection");
        }
        assertSame(vera, model.selectedProperty().get());
        assertEquals(new Counts(4, 2, 1, 0, 105), vera.dayProperty().get().counts());
        assertEquals(4, model.trend().get(6).counts().calls(), "her trend's today");
        assertEquals(11, model.funnel().get(0).count());
    }

    @Test
    void thirtyDaysReadTheDaysBeforeAgain() {
        assertFalse(model.readingDaysProperty().get());
        model.daysProperty().set(30);

        assertEquals(30, model.trend().size());
        assertEquals(11, model.funnel().get(0).count(), "ten days ago counts now");
        assertFalse(model.readingDaysProperty().get());
    }

    @Test
    void aFailedReadSaysSo() {
        day.base.services.signIn().signIn(day.boris.id(), "1357");
        model.refresh();

        assertEquals("dashboard.failed", model.noticeProperty().get().key());
        assertTrue(model.noticeProperty().get().error());
    }

    @Test
    void anInboundRequestWaitingPastTheLimitShowsWithWhoseItIs() {
        assertTrue(model.waiting().isEmpty());
        day.base.services.inboundRequests().enter(new app.obzvon.inbound.NewRequest("ООО Входящая", "Ирина",
                "+7 916 777-00-01", "Счёт на 20 стульев", "сайт"));
        day.base.clock.advance(java.time.Duration.ofMinutes(10));
        model.refresh();
        assertTrue(model.waiting().isEmpty(), "10 minutes is within the 15 the supervisor allows");

        day.base.clock.advance(java.time.Duration.ofMinutes(10));
        model.refresh();
        assertEquals(1, model.waiting().size());
        var waiting = model.waiting().get(0);
        assertEquals("ООО Входящая", waiting.request().company());
        assertEquals("Борис", waiting.request().callerName(), "handed out in turn to the one on shift, not in a pause");
        assertEquals(20, waiting.waiting().toMinutes());
    }
}
