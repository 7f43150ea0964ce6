package app.obzvon.importing;

import app.obzvon.importing.ImportException.Problem;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.Iterator;

/** The rows of a CSV file, decoded as they stream by; fastcsv reads quotes, delimiters and line breaks in cells. */
final class CsvRows implements RowSource {

    private final CountingStream bytes;
    private final long size;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;

    CsvRows(SourceFile source) {
        try {
            size = Files.size(source.path());
            bytes = new CountingStream(Files.newInputStream(source.path()));
        } catch (IOException e) {
            throw SourceFile.unreadable(e);
        }
        try {
            bytes.skipNBytes(source.bomLength());
            // A stray byte the encoding lacks becomes one replacement character, not a failed import.
            var decoder = source.encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            reader = reader(source.delimiter()).ofCsvRecord(new InputStreamReader(bytes, decoder));
            records = reader.iterator();
        } catch (IOException e) {
            close();
            throw SourceFile.unreadable(e);
        }
    }

    /**
     * How every CSV pass reads, the delimiter guess included: rows of any width, and text after a
     * closing quote kept in the cell ("ab"cd is abcd), as FastCSV 3 did. Deprecated in FastCSV 4
     * with no replacement yet; without it such a file would be refused.
     */
    @SuppressWarnings("removal")
    static CsvReader.CsvReaderBuilder reader(char delimiter) {
        return CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowExtraCharsAfterClosingQuote(true);
    }

    @Override
    public RawRow next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            var record = records.next();
            return new RawRow(record.getStartingLineNumber(), record.getFields());
        } catch (CsvParseException e) {
            throw new ImportException(Problem.NOT_A_TABLE, "The file cannot be read as CSV: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw SourceFile.unreadable(e.getCause());
        }
    }

    @Override
    public double fraction() {
        return size == 0 ? 1 : Math.min(1, (double) bytes.count / size);
    }

    @Override
    public void close() {
        try {
            bytes.close();
        } catch (IOException e) {
            // Only read from: nothing is lost.
        }
    }

    /** Counts the bytes read, for the progress fraction. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
