package app.obzvon.figures;

import app.obzvon.testing.TeamDay;
import app.obzvon.testing.TestBase;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team's reports written and read back, on the seeded Monday whose figures are known ({@link TeamDay}). */
class ReportFilesTest {

    /** The keys themselves, with their arguments: what the file says is then plain to see. */
    static final ReportFiles.Texts KEYS = (key, args) -> args.length == 0 ? key
            : key + List.of(args).stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));

    @TempDir
    Path folder;
    TeamDay day;
    TeamFigures figures;

    @BeforeEach
    void seed() throws IOException {
        day = new TeamDay(folder);
        figures = day.base.services.teamFigures();
    }

    @AfterEach
    void close() {
        day.base.close();
    }

    private Period of(ReportSpan span) {
        return figures.period(span.from(TestBase.ZONE), span.to(TestBase.ZONE));
    }

    private static List<Row> rows(ReadableWorkbook workbook, String sheet) throws IOException {
        return workbook.findSheet(sheet).orElseThrow().read();
    }

    private static int number(Row row, int column) {
        return row.getCellAsNumber(column).orElseThrow().intValue();
    }

    @Test
    void theDayPerCallerAndForTheTeamWithTheFunnel() throws IOException {
        var monday = ReportSpan.day(LocalDate.of(2026, 11, 23));
        var file = folder.resolve("day.xlsx");
        ReportFiles.save(of(monday), monday, KEYS, file);

        try (var workbook = new ReadableWorkbook(file.toFile())) {
            var callers = rows(workbook, "report.sheet.callers");
            assertEquals("report.title(23.11.2026,23.11.2026)", callers.get(0).getCellText(0));
            var header = callers.get(1);
            assertEquals(3, header.getRowNum(), "a line between the title and the table");
            assertEquals("report.talk.minutes", header.getCellText(5));
            var byName = callers.stream().skip(2).collect(Collectors.toMap(r -> r.getCellText(0), r -> r));
            var boris = byName.get("Борис");
            // 4 calls: 3 conversations, 2 leads (the meeting is a lead too), 1 meeting, 820 s of talk.
            assertEquals(List.of(4, 3, 2, 1, 14), List.of(number(boris, 1), number(boris, 2), number(boris, 3),
                    number(boris, 4), number(boris, 5)));
            assertEquals(75.0, boris.getCellAsNumber(6).orElseThrow().doubleValue(), "3 conversations in 4 calls");
            var vera = byName.get("Вера");
            assertEquals(List.of(3, 1, 0, 0, 1), List.of(number(vera, 1), number(vera, 2), number(vera, 3),
                    number(vera, 4), number(vera, 5)));
            assertFalse(byName.containsKey("Глеб"), "no calls, no row");
            var team = byName.get("report.team");
            assertEquals(List.of(8, 5, 2, 1, 16), List.of(number(team, 1), number(team, 2), number(team, 3),
                    number(team, 4), number(team, 5)));
            assertEquals(40.0, team.getCellAsNumber(7).orElseThrow().doubleValue(), "2 leads in 5 conversations");

            var funnel = rows(workbook, "report.sheet.funnel");
            assertEquals(List.of(8, 5, 2, 1, 2, 1), funnel.stream().skip(1).map(r -> number(r, 1)).toList(),
                    "calls, conversations, leads, meetings, handed over today, the deal the next stage reported today");
            assertEquals("dashboard.funnel.from.LEADS", funnel.get(5).getCellText(3), "hand-overs are of the leads");

            var hours = rows(workbook, "report.sheet.hours");
            assertEquals("10:00", hours.get(11).getCellText(0));
            assertEquals(3, number(hours.get(11), 1), "10:05, 10:20, 10:40");
        }
    }

    @Test
    void theWeekDayByDayWithTheTeamsRowEachDay() throws IOException {
        var week = ReportSpan.week(LocalDate.of(2026, 11, 25));
        assertEquals(LocalDate.of(2026, 11, 23), week.first());
        assertEquals(LocalDate.of(2026, 11, 29), week.last());
        var file = folder.resolve("week.xlsx");
        ReportFiles.save(of(week), week, KEYS, file);

        try (var workbook = new ReadableWorkbook(file.toFile())) {
            var days = rows(workbook, "report.sheet.days");
            var monday = days.stream().filter(r -> "23.11.2026".equals(r.getCellText(0))).toList();
            assertEquals(java.util.Set.of("Анна", "Борис", "Вера", "report.team"), monday.stream()
                    .map(r -> r.getCellText(1)).collect(Collectors.toSet()));
            assertEquals("report.team", monday.get(monday.size() - 1).getCellText(1), "the team's row after its callers");
            assertEquals(7, days.stream().filter(r -> "report.team".equals(r.getCellText(1))).count(),
                    "the team's row every day of the week, calls or none");
        }
    }

    @Test
    void thePeriodAddsUpTheDaysBefore() throws IOException {
        var period = new ReportSpan(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 23));
        var file = folder.resolve("period.xlsx");
        ReportFiles.save(of(period), period, KEYS, file);
        try (var workbook = new ReadableWorkbook(file.toFile())) {
            var team = rows(workbook, "report.sheet.callers").stream()
                    .filter(r -> "report.team".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals(11, number(team, 1), "Monday's 8, Friday's 2 and the no answer ten days before");
        }
    }

    @Test
    void aReportOnlyASupervisorReadsAndAFailedSaveLeavesNoFile() {
        var monday = ReportSpan.day(LocalDate.of(2026, 11, 23));
        var missing = folder.resolve("no such folder").resolve("day.xlsx");
        var period = of(monday);
        assertThrows(RuntimeException.class, () -> ReportFiles.save(period, monday, KEYS, missing));
        assertFalse(Files.exists(missing));
        assertThrows(IllegalArgumentException.class, () -> new ReportSpan(LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 22)));
        assertTrue(ReportSpan.MAX_DAYS >= 366);
    }
}
