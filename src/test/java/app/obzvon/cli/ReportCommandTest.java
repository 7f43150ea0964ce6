package app.obzvon.cli;

import app.obzvon.testing.TeamDay;
import app.obzvon.testing.TestBase;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code obzvon report} as a supervisor's nightly script runs it, on the seeded Monday ({@link TeamDay}). */
class ReportCommandTest {

    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return ObzvonCommand.run(() -> TestBase.PIN, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theWeekToXlsxWithOneLineSaid() throws IOException {
        var day = new TeamDay(folder.resolve("base"));
        var db = day.base.file.toString();
        day.base.close();
        var file = folder.resolve("week.xlsx");

        int code = run("report", "--as", "Анна", "--db", db, "--week", "2026-11-25", "--out", file.toString());

        assertEquals(0, code, err.toString());
        assertEquals("wrote 2026-11-23 – 2026-11-29: 8 calls, 5 conversations, 2 leads, 1 meetings to " + file,
                out.toString().strip(), "Monday's calls: Friday's are the week before");
        try (var workbook = new ReadableWorkbook(file.toFile())) {
            assertEquals(4, workbook.getSheets().count());
        }
    }

    @Test
    void noSpanIsWrongArgumentsAndABackwardOneSaysWhyWritingNothing() throws IOException {
        var day = new TeamDay(folder.resolve("base"));
        var db = day.base.file.toString();
        day.base.close();
        var file = folder.resolve("r.xlsx");

        assertEquals(2, run("report", "--as", "Анна", "--db", db, "--out", file.toString()));
        assertEquals(1, run("report", "--as", "Анна", "--db", db, "--from", "2026-11-23", "--to", "2026-11-20",
                "--out", file.toString()));
        assertTrue(err.toString().contains("a report's last day is not before its first"), err.toString());
        assertFalse(Files.exists(file));
    }
}
