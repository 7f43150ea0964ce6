package app.obzvon.report;

import app.obzvon.common.FileSaves;
import app.obzvon.common.SpreadsheetText;
import app.obzvon.handoff.CsvOptions;
import app.obzvon.handoff.ExportFormat;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.dhatim.fastexcel.Workbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A report's step table as CSV (as Excel in a Russian locale opens it) or XLSX; whole or not at all. */
public final class ScriptReportFiles {

    private ScriptReportFiles() {
    }

    public static void save(ScriptReport report, ExportFormat format, ScriptReportTexts texts, Path file) {
        FileSaves.save(file, out -> {
            switch (format) {
                case CSV -> csv(report, texts, out);
                case XLSX -> xlsx(report, texts, out);
            }
        });
    }

    /** The share as whole per cent: a number every spreadsheet reads the same in any locale. */
    static long percent(StepFigures step) {
        return Math.round(step.leadShare() * 100);
    }

    private static void csv(ScriptReport report, ScriptReportTexts texts, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        var options = CsvOptions.EXCEL;
        writer.write('\uFEFF');
        var csv = CsvWriter.builder().fieldSeparator(options.delimiter()).lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(texts.headers().stream().map(SpreadsheetText::neutralized).toList());
        for (var step : report.steps()) {
            csv.writeRecord(SpreadsheetText.neutralized(step.key()), SpreadsheetText.neutralized(step.title()),
                    step.objection() ? texts.objection() : texts.step(),
                    String.valueOf(step.reached()), String.valueOf(step.endedThere()), String.valueOf(step.leads()),
                    String.valueOf(percent(step)));
        }
        csv.flush();
    }

    private static void xlsx(ScriptReport report, ScriptReportTexts texts, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Obzvon", "1.0");
        var sheet = workbook.newWorksheet(texts.sheetName());
        double[] widths = {18, 40, 14, 12, 14, 10, 12};
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
            sheet.inlineString(0, c, texts.headers().get(c));
        }
        sheet.range(0, 0, 0, widths.length - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 0;
        for (var step : report.steps()) {
            r++;
            // Inline strings: never read as a formula.
            sheet.inlineString(r, 0, step.key());
            sheet.inlineString(r, 1, step.title());
            sheet.inlineString(r, 2, step.objection() ? texts.objection() : texts.step());
            sheet.value(r, 3, step.reached());
            sheet.value(r, 4, step.endedThere());
            sheet.value(r, 5, step.leads());
            sheet.value(r, 6, percent(step));
        }
        workbook.finish();
    }
}
