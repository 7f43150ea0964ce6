package app.obzvon.figures;

import app.obzvon.common.FileSaves;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A period's figures as an XLSX workbook, whole or not at all: per caller and the team (with the
 * conversions), day by day, calls per hour, and the funnel. Numbers are numbers (a spreadsheet sums
 * them), names inline strings (never read as a formula). The texts come in the reader's language.
 */
public final class ReportFiles {

    /** The report's words: a key and its arguments to a text in the reader's language. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ReportFiles() {
    }

    public static void save(Period period, ReportSpan span, Texts texts, Path file) {
        FileSaves.save(file, out -> xlsx(period, span, texts, out));
    }

    private static void xlsx(Period period, ReportSpan span, Texts texts, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Obzvon", "1.0");
        callers(workbook.newWorksheet(texts.get("report.sheet.callers")), period, span, texts);
        days(workbook.newWorksheet(texts.get("report.sheet.days")), period, texts);
        hours(workbook.newWorksheet(texts.get("report.sheet.hours")), period, texts);
        funnel(workbook.newWorksheet(texts.get("report.sheet.funnel")), period, texts);
        workbook.finish();
    }

    private static void callers(Worksheet sheet, Period period, ReportSpan span, Texts texts) {
        sheet.inlineString(0, 0, texts.get("report.title", DAY.format(span.first()), DAY.format(span.last())));
        sheet.style(0, 0).bold().fontSize(13).set();
        int header = 2;
        headers(sheet, header, List.of(texts.get("report.caller"), texts.get("report.calls"),
                texts.get("report.conversations"), texts.get("report.leads"), texts.get("report.meetings"),
                texts.get("report.talk.minutes"), texts.get("report.conversation.share"),
                texts.get("report.lead.share")), new double[] {28, 10, 14, 10, 10, 14, 18, 18});
        int r = header;
        for (var caller : period.callers()) {
            r++;
            sheet.inlineString(r, 0, caller.name());
            counts(sheet, r, caller.counts());
        }
        r++;
        sheet.inlineString(r, 0, texts.get("report.team"));
        counts(sheet, r, period.team());
        sheet.range(r, 0, r, 7).style().bold().borderStyle(org.dhatim.fastexcel.BorderSide.TOP, "thin").set();
        sheet.freezePane(1, header + 1);
    }

    /** Calls to talk minutes, then conversations per 100 calls and leads per 100 conversations. */
    private static void counts(Worksheet sheet, int r, Counts c) {
        sheet.value(r, 1, c.calls());
        sheet.value(r, 2, c.conversations());
        sheet.value(r, 3, c.leads());
        sheet.value(r, 4, c.meetings());
        sheet.value(r, 5, Math.round(c.talkSeconds() / 60.0));
        percent(sheet, r, 6, c.conversations(), c.calls());
        percent(sheet, r, 7, c.leads(), c.conversations());
    }

    private static void percent(Worksheet sheet, int r, int col, int part, int whole) {
        if (whole > 0) {
            sheet.value(r, col, Math.round(part * 1000.0 / whole) / 10.0);
        }
    }

    private static void days(Worksheet sheet, Period period, Texts texts) {
        headers(sheet, 0, List.of(texts.get("report.day"), texts.get("report.caller"), texts.get("report.calls"),
                texts.get("report.conversations"), texts.get("report.leads"), texts.get("report.meetings"),
                texts.get("report.talk.minutes")), new double[] {12, 28, 10, 14, 10, 10, 14});
        var days = period.days();
        int r = 0;
        for (int d = 0; d < days.days().size(); d++) {
            for (var caller : period.callers()) {
                var c = days.caller(caller.callerId()).get(d);
                if (c.calls() > 0) {
                    r = dayRow(sheet, r + 1, days.days().get(d), caller.name(), c);
                }
            }
            r = dayRow(sheet, r + 1, days.days().get(d), texts.get("report.team"), days.team().get(d));
            sheet.range(r, 0, r, 6).style().bold().set();
        }
        sheet.freezePane(0, 1);
    }

    private static int dayRow(Worksheet sheet, int r, java.time.LocalDate day, String who, Counts c) {
        sheet.inlineString(r, 0, DAY.format(day));
        sheet.inlineString(r, 1, who);
        sheet.value(r, 2, c.calls());
        sheet.value(r, 3, c.conversations());
        sheet.value(r, 4, c.leads());
        sheet.value(r, 5, c.meetings());
        sheet.value(r, 6, Math.round(c.talkSeconds() / 60.0));
        return r;
    }

    private static void hours(Worksheet sheet, Period period, Texts texts) {
        var names = new java.util.ArrayList<String>();
        names.add(texts.get("report.hour"));
        names.add(texts.get("report.team"));
        period.callers().forEach(c -> names.add(c.name()));
        var widths = new double[names.size()];
        java.util.Arrays.fill(widths, 14);
        headers(sheet, 0, names, widths);
        for (int h = 0; h < 24; h++) {
            sheet.inlineString(h + 1, 0, String.format("%02d:00", h));
            sheet.value(h + 1, 1, period.hours().team().get(h));
            for (int c = 0; c < period.callers().size(); c++) {
                sheet.value(h + 1, c + 2, period.hours().caller(period.callers().get(c).callerId()).get(h));
            }
        }
        sheet.freezePane(1, 1);
    }

    private static void funnel(Worksheet sheet, Period period, Texts texts) {
        headers(sheet, 0, List.of(texts.get("report.step"), texts.get("report.count"), texts.get("report.conversion"),
                texts.get("report.conversion.of")), new double[] {24, 12, 16, 20});
        int r = 0;
        for (var bar : period.funnel().bars()) {
            r++;
            sheet.inlineString(r, 0, texts.get("dashboard.funnel." + bar.step().name()));
            sheet.value(r, 1, bar.count());
            if (bar.conversion() != null) {
                sheet.value(r, 2, Math.round(bar.conversion() * 1000) / 10.0);
                sheet.inlineString(r, 3, texts.get("dashboard.funnel.from." + bar.from().name()));
            }
        }
    }

    private static void headers(Worksheet sheet, int row, List<String> names, double[] widths) {
        for (int c = 0; c < names.size(); c++) {
            sheet.width(c, widths[c]);
            sheet.inlineString(row, c, names.get(c));
        }
        sheet.range(row, 0, row, names.size() - 1).style().bold().fillColor("E9ECEF").wrapText(true).set();
    }
}
