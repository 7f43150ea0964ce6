package app.obzvon.handoff;

import app.obzvon.common.SpreadsheetText;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Writes leads as CSV or XLSX to a stream, one row per lead under a row of headings. */
final class LeadFiles {

    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final String XLSX_TIME = "yyyy-mm-dd hh:mm";
    static final String PHONE_SEPARATOR = ", ";

    private static final LeadColumn[] COLUMNS = LeadColumn.values();
    private static final int BUFFER = 1 << 16;
    /** Rows kept in memory before fastexcel writes them out. */
    private static final int XLSX_FLUSH_ROWS = 10_000;
    /** Deflate level 1: some 5% bigger than level 4 (and 8% than the default), and the fastest to write. */
    private static final int XLSX_COMPRESSION = 1;
    static final int XLSX_MAX_TEXT = 32_767;

    private LeadFiles() {
    }

    static void write(Iterable<Lead> leads, ExportFormat format, CsvOptions csv, LeadTexts.Resolved texts,
                      ZoneId zone, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(leads, csv, texts, zone, out);
            case XLSX -> xlsx(leads, texts, zone, out);
        }
    }

    private static void csv(Iterable<Lead> leads, CsvOptions options, LeadTexts.Resolved texts, ZoneId zone,
                            OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        if (options.bom()) {
            writer.write('\uFEFF');
        }
        var csv = CsvWriter.builder()
                .fieldSeparator(options.delimiter())
                .lineDelimiter(LineDelimiter.CRLF)
                .build(writer);
        var header = new String[COLUMNS.length];
        for (var column : COLUMNS) {
            header[column.ordinal()] = SpreadsheetText.neutralized(texts.header(column));
        }
        csv.writeRecord(header);
        var row = new String[COLUMNS.length];
        for (var lead : leads) {
            row[LeadColumn.COMPANY.ordinal()] = lead.company();
            row[LeadColumn.PERSON.ordinal()] = lead.person();
            row[LeadColumn.PHONES.ordinal()] = String.join(PHONE_SEPARATOR, lead.phones());
            row[LeadColumn.CITY.ordinal()] = lead.city();
            row[LeadColumn.OUTCOME.ordinal()] = texts.outcome(lead);
            row[LeadColumn.CALLER.ordinal()] = lead.callerName();
            row[LeadColumn.CALLED_AT.ordinal()] = csvTime(lead.at(), zone);
            row[LeadColumn.NOTE.ordinal()] = lead.note();
            row[LeadColumn.AGREED_AT.ordinal()] = csvTime(lead.agreedAt(), zone);
            for (int i = 0; i < row.length; i++) {
                row[i] = SpreadsheetText.neutralized(row[i]);
            }
            csv.writeRecord(row);
        }
        // Flushes through to the stream; the caller closes it.
        csv.flush();
    }

    private static String csvTime(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone).format(CSV_TIME);
    }

    private static void xlsx(Iterable<Lead> leads, LeadTexts.Resolved texts, ZoneId zone, OutputStream out)
            throws IOException {
        var buffered = new BufferedOutputStream(out, BUFFER);
        var workbook = new Workbook(buffered, "Obzvon", "1.0");
        workbook.setCompressionLevel(XLSX_COMPRESSION);
        var sheet = workbook.newWorksheet(sheetName(texts.sheetName()));
        double[] widths = {32, 24, 34, 16, 20, 18, 17, 50, 19};
        for (var column : COLUMNS) {
            sheet.width(column.ordinal(), widths[column.ordinal()]);
            // Inline strings: written as they come, not collected into a shared table, and never a formula.
            sheet.inlineString(0, column.ordinal(), SpreadsheetText.neutralized(texts.header(column)));
        }
        sheet.range(0, 0, 0, COLUMNS.length - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 0;
        int chunkStart = 1;
        for (var lead : leads) {
            r++;
            text(sheet, r, LeadColumn.COMPANY, SpreadsheetText.neutralized(lead.company()));
            text(sheet, r, LeadColumn.PERSON, SpreadsheetText.neutralized(lead.person()));
            text(sheet, r, LeadColumn.PHONES,
                    SpreadsheetText.xlsxPhones(String.join(PHONE_SEPARATOR, lead.phones())));
            text(sheet, r, LeadColumn.CITY, SpreadsheetText.neutralized(lead.city()));
            text(sheet, r, LeadColumn.OUTCOME, SpreadsheetText.neutralized(texts.outcome(lead)));
            text(sheet, r, LeadColumn.CALLER, SpreadsheetText.neutralized(lead.callerName()));
            time(sheet, r, LeadColumn.CALLED_AT, lead.at(), zone);
            text(sheet, r, LeadColumn.NOTE, SpreadsheetText.neutralized(lead.note()));
            time(sheet, r, LeadColumn.AGREED_AT, lead.agreedAt(), zone);
            if (r % XLSX_FLUSH_ROWS == 0) {
                dateFormat(sheet, chunkStart, r);
                sheet.flush();
                chunkStart = r + 1;
            }
        }
        if (r >= chunkStart) {
            dateFormat(sheet, chunkStart, r);
        }
        workbook.finish();
        buffered.flush();
    }

    /**
     * The date columns' format, set on a range of rows at once before they are flushed: one style
     * lookup per range rather than per cell, which would cost a third of the time to write the file.
     */
    private static void dateFormat(Worksheet sheet, int firstRow, int lastRow) {
        for (var column : new LeadColumn[] {LeadColumn.CALLED_AT, LeadColumn.AGREED_AT}) {
            sheet.range(firstRow, column.ordinal(), lastRow, column.ordinal()).style().format(XLSX_TIME).set();
        }
    }

    /** A plain string cell; Excel refuses a file with a cell of more than 32,767 characters, so a longer one is cut. */
    private static void text(Worksheet sheet, int row, LeadColumn column, String value) {
        if (!value.isEmpty()) {
            sheet.inlineString(row, column.ordinal(),
                    value.length() <= XLSX_MAX_TEXT ? value : value.substring(0, XLSX_MAX_TEXT - 1) + "…");
        }
    }

    /** A real date cell in the workstation's zone, so the next stage can sort and filter by it. */
    private static void time(Worksheet sheet, int row, LeadColumn column, Instant at, ZoneId zone) {
        if (at != null) {
            sheet.value(row, column.ordinal(), LocalDateTime.ofInstant(at, zone));
        }
    }

    /** Excel allows 31 characters and none of {@code : \ / ? * [ ]} in a sheet's name. */
    private static String sheetName(String name) {
        var clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        if (clean.isEmpty()) {
            clean = "Leads";
        }
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }
}
