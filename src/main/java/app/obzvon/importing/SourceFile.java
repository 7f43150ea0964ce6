package app.obzvon.importing;

import app.obzvon.importing.ImportException.Problem;
import de.siegmar.fastcsv.reader.CsvParseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What a file is and how to read it, found from its first bytes where the options leave it open.
 *
 * @param encoding  and delimiter: of a CSV file, null for XLSX
 * @param bomLength bytes of byte order mark to skip
 * @param sheets    of an XLSX file, empty for CSV
 * @param sheet     the one to read, null for CSV
 */
record SourceFile(Path path, FileFormat format, Charset encoding, int bomLength, Character delimiter,
                  List<String> sheets, String sheet) {

    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_ROWS = 50;
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF_16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF_16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    static SourceFile inspect(Path path, SourceOptions options) {
        byte[] head = head(path);
        if (head.length == 0) {
            throw new ImportException(Problem.EMPTY_FILE, "The file is empty");
        }
        if (startsWith(head, ZIP)) {
            var sheets = XlsxRows.sheets(path);
            return new SourceFile(path, FileFormat.XLSX, null, 0, null, sheets, XlsxRows.pick(sheets, options.sheet()));
        }
        if (startsWith(head, OLE2)) {
            throw new ImportException(Problem.OLD_EXCEL,
                    "Old Excel files (.xls) cannot be read: save the file as .xlsx or CSV");
        }
        Charset bom = startsWith(head, UTF_8_BOM) ? UTF_8
                : startsWith(head, UTF_16LE_BOM) ? UTF_16LE : startsWith(head, UTF_16BE_BOM) ? UTF_16BE : null;
        Charset encoding = options.encoding() != null ? options.encoding() : bom != null ? bom : guessEncoding(head);
        int bomLength = bom == null || !bom.equals(encoding) ? 0
                : bom == UTF_8 ? UTF_8_BOM.length : UTF_16LE_BOM.length;
        String sample = new String(head, bomLength, head.length - bomLength, encoding);
        if (looksBinary(sample)) {
            throw new ImportException(Problem.NOT_A_TABLE, "Not a CSV or XLSX file");
        }
        char delimiter = options.delimiter() != null ? options.delimiter()
                : guessDelimiter(sample, head.length == SAMPLE_BYTES);
        return new SourceFile(path, FileFormat.CSV, encoding, bomLength, delimiter, List.of(), null);
    }

    /** Opens the file for a pass that reports progress (an XLSX sheet is counted first, for the fraction). */
    RowSource open(Progress progress) {
        return format == FileFormat.XLSX ? new XlsxRows(path, sheet, progress) : new CsvRows(this);
    }

    /** Opens the file to look at its first rows. */
    RowSource openForPreview() {
        return format == FileFormat.XLSX ? new XlsxRows(path, sheet, null) : new CsvRows(this);
    }

    static ImportException unreadable(IOException e) {
        String message = e instanceof NoSuchFileException ? "The file does not exist: " + e.getMessage()
                : "The file cannot be read: " + e.getMessage();
        return new ImportException(Problem.UNREADABLE, message, e);
    }

    private static byte[] head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * UTF-16 text without a byte order mark has a zero byte beside every ASCII character (the
     * delimiters and digits of any table): after it in little-endian, before it in big-endian.
     * Otherwise UTF-8 if the bytes are valid UTF-8, else the Russian code page their letters fit:
     * Windows-1251, KOI8-R or CP866.
     */
    private static Charset guessEncoding(byte[] head) {
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (oddZeros > head.length / 10 && evenZeros * 10 < oddZeros) {
            return UTF_16LE;
        }
        if (evenZeros > head.length / 10 && oddZeros * 10 < evenZeros) {
            return UTF_16BE;
        }
        var decoder = UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // Not the end of input: a character cut in two at the end of the sample is not an error.
        boolean utf8 = !decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false).isError();
        return utf8 ? UTF_8 : CyrillicCodePages.guess(head);
    }

    /** Text has next to no control characters; anything else read as text is full of them. */
    private static boolean looksBinary(String sample) {
        long odd = sample.chars()
                .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFD)
                .count();
        return odd > sample.length() / 100;
    }

    /** The delimiter that splits most sample rows into the same number (above one) of cells. */
    private static char guessDelimiter(String sample, boolean cut) {
        char best = DELIMITERS[0];
        long bestAgreement = 0;
        for (char delimiter : DELIMITERS) {
            long agreement = agreement(sample, delimiter, cut);
            if (agreement > bestAgreement) {
                best = delimiter;
                bestAgreement = agreement;
            }
        }
        return best;
    }

    /** How many sample rows have the most common width, ahead of that width; 0 when rows are one cell. */
    private static long agreement(String sample, char delimiter, boolean cut) {
        var widths = new ArrayList<Integer>();
        try (var reader = CsvRows.reader(delimiter).ofCsvRecord(sample)) {
            for (var it = reader.iterator(); it.hasNext() && widths.size() <= SAMPLE_ROWS; ) {
                widths.add(it.next().getFieldCount());
            }
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            return 0;
        }
        if (cut && widths.size() > 1) {
            widths.remove(widths.size() - 1);
        }
        Map<Integer, Long> rowsByWidth = widths.stream().filter(w -> w > 1)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return rowsByWidth.entrySet().stream()
                .mapToLong(e -> e.getValue() * 100_000 + Math.min(e.getKey(), 99_999))
                .max().orElse(0);
    }
}
