package app.obzvon.ui.dashboard;

import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TeamDay;
import app.obzvon.ui.common.I18n;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The dashboard's report menu without a window, on the seeded Monday ({@link TeamDay}), in English. */
class ReportViewModelTest {

    @TempDir
    Path folder;
    TeamDay day;
    ReportViewModel model;

    @BeforeEach
    void seed() throws IOException {
        day = new TeamDay(folder);
        model = new ReportViewModel(new SynchronousTasks(), day.base.services.teamFigures(), day.base.clock,
                new I18n(Locale.ENGLISH)::get);
    }

    @AfterEach
    void close() {
        day.base.close();
    }

    @Test
    void thisWeekIsSavedWithTheTeamsFiguresAndSaidSo() throws IOException {
        var week = model.span(ReportViewModel.Span.THIS_WEEK);
        assertEquals(LocalDate.of(2026, 11, 23), week.first());
        assertEquals("Team 2026-11-23 – 2026-11-29.xlsx", model.suggestedFileName(ReportViewModel.Span.THIS_WEEK));
        var file = folder.resolve("week.xlsx");

        model.save(ReportViewModel.Span.THIS_WEEK, file);

        assertEquals("report.saved", model.noticeProperty().get().key());
        try (var workbook = new ReadableWorkbook(file.toFile())) {
            var team = workbook.findSheet("Callers").orElseThrow().read().stream()
                    .filter(r -> "Team".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals(8, team.getCellAsNumber(1).orElseThrow().intValue());
        }
    }

    @Test
    void aFolderThatIsNotThereIsSaidAndNoFileIsLeft() {
        var file = folder.resolve("gone").resolve("month.xlsx");
        model.save(ReportViewModel.Span.THIS_MONTH, file);
        assertEquals("report.failed", model.noticeProperty().get().key());
        assertFalse(Files.exists(file));
        assertEquals(LocalDate.of(2026, 11, 1), model.span(ReportViewModel.Span.THIS_MONTH).first());
        assertEquals(LocalDate.of(2026, 10, 25), model.span(ReportViewModel.Span.LAST_30_DAYS).first());
    }
}
